import type { ElectionWindow } from '../eligibility/moves-and-windows.js';
import type { LocalizedMessage } from '../errors.js';
import { compareDates, dateParts, type LocalDate } from '../model/local-date.js';
import { longDate } from '../model/long-date.js';
import { earliestTmt, firstOfMonthOnOrAfter, parseRound, roundOfDate } from './round-defaults.js';

/**
 * The checks of a proposal's round and TMT, each with its verdict and the field it is about, so a
 * form shows them next to the field and the server refuses the BLOCKs with the same words.
 */

export const SCHEDULE_CHECK_CODES = [
  'ROUND_FORMAT',
  'ROUND_OF_TMT',
  'TMT_FIRST_OF_MONTH',
  'TMT_AFTER_OBJECTION_WINDOW',
  'TMT_FROM_PLAN_DATE',
  'ELECTION_WINDOW',
] as const;
export type ScheduleCheckCode = (typeof SCHEDULE_CHECK_CODES)[number];

export interface ScheduleCheck {
  readonly code: ScheduleCheckCode;
  /** PASS: fine; WARN: allowed, but someone must know; BLOCK: the proposal may not take this value. */
  readonly status: 'PASS' | 'WARN' | 'BLOCK';
  readonly field: 'round' | 'tmt';
  readonly message: LocalizedMessage;
}

export interface ScheduleInput {
  readonly round: string;
  readonly tmt: LocalDate;
  readonly today: LocalDate;
  /** Days objections stay open after the announcement (process settings). */
  readonly objectionWindowDays: number;
  readonly electionWindows: readonly ElectionWindow[];
  /** The plan's date, for a proposal from a plan: its tenures were measured on it. */
  readonly planAsOf?: LocalDate | null;
}

const check = (
  code: ScheduleCheckCode,
  status: ScheduleCheck['status'],
  field: ScheduleCheck['field'],
  f: (lang: 'id' | 'en') => string,
): ScheduleCheck => ({ code, status, field, message: { id: f('id'), en: f('en') } });

function roundChecks(input: ScheduleInput): ScheduleCheck[] {
  const round = parseRound(input.round);
  if (!round) {
    return [
      check('ROUND_FORMAT', 'BLOCK', 'round', (l) =>
        l === 'id'
          ? `Periode "${input.round}" harus ditulis TTTT-I (Januari-Juni) atau TTTT-II (Juli-Desember), misalnya ${roundOfDate(input.tmt)}`
          : `Round "${input.round}" must read YYYY-I (January-June) or YYYY-II (July-December), e.g. ${roundOfDate(input.tmt)}`,
      ),
    ];
  }
  const ofTmt = roundOfDate(input.tmt);
  return [
    ofTmt === `${round.year}-${round.half}`
      ? check('ROUND_OF_TMT', 'PASS', 'round', (l) =>
          l === 'id'
            ? `TMT ${longDate(input.tmt, l)} berada dalam periode ${input.round}`
            : `The TMT ${longDate(input.tmt, l)} falls in round ${input.round}`,
        )
      : check('ROUND_OF_TMT', 'WARN', 'round', (l) =>
          l === 'id'
            ? `TMT ${longDate(input.tmt, l)} berada dalam periode ${ofTmt}, bukan ${input.round}`
            : `The TMT ${longDate(input.tmt, l)} falls in round ${ofTmt}, not ${input.round}`,
        ),
  ];
}

function tmtChecks(input: ScheduleInput): ScheduleCheck[] {
  const out: ScheduleCheck[] = [];
  const { closesOn, earliest } = earliestTmt(input.today, input.objectionWindowDays);
  const days = input.objectionWindowDays;
  out.push(
    compareDates(input.tmt, earliest) >= 0
      ? check('TMT_AFTER_OBJECTION_WINDOW', 'PASS', 'tmt', (l) =>
          l === 'id'
            ? `TMT memberi waktu untuk pengumuman dan masa sanggah ${days} hari (TMT paling cepat ${longDate(earliest, l)})`
            : `The TMT leaves room for the announcement and the ${days}-day objection window (earliest TMT ${longDate(earliest, l)})`,
        )
      : check('TMT_AFTER_OBJECTION_WINDOW', 'BLOCK', 'tmt', (l) =>
          l === 'id'
            ? `TMT paling cepat ${longDate(earliest, l)}: pengumuman paling cepat hari ini (${longDate(input.today, l)}) dan masa sanggah ${days} hari berakhir ${longDate(closesOn, l)}`
            : `The TMT can be ${longDate(earliest, l)} at the earliest: the announcement is today at the earliest (${longDate(input.today, l)}) and the ${days}-day objection window closes on ${longDate(closesOn, l)}`,
        ),
  );
  out.push(
    dateParts(input.tmt).day === 1
      ? check('TMT_FIRST_OF_MONTH', 'PASS', 'tmt', (l) =>
          l === 'id' ? 'TMT jatuh pada tanggal 1' : 'The TMT is the 1st of a month',
        )
      : check('TMT_FIRST_OF_MONTH', 'WARN', 'tmt', (l) =>
          l === 'id'
            ? `TMT lazimnya tanggal 1 sebuah bulan; ${longDate(input.tmt, l)} bukan tanggal 1 (misalnya ${longDate(firstOfMonthOnOrAfter(input.tmt), l)})`
            : `A TMT is usually the 1st of a month; ${longDate(input.tmt, l)} is not (e.g. ${longDate(firstOfMonthOnOrAfter(input.tmt), l)})`,
        ),
  );
  const asOf = input.planAsOf;
  if (asOf) {
    out.push(
      compareDates(input.tmt, asOf) >= 0
        ? check('TMT_FROM_PLAN_DATE', 'PASS', 'tmt', (l) =>
            l === 'id'
              ? `Rencana dihitung per ${longDate(asOf, l)}; syarat mutasi dinilai ulang per TMT saat verifikasi`
              : `The plan was computed on ${longDate(asOf, l)}; eligibility is judged again on the TMT at verification`,
          )
        : check('TMT_FROM_PLAN_DATE', 'WARN', 'tmt', (l) =>
            l === 'id'
              ? `TMT sebelum tanggal rencana (${longDate(asOf, l)}): masa jabatan pada TMT lebih pendek daripada yang dihitung rencana`
              : `The TMT is before the plan's date (${longDate(asOf, l)}): tenures on the TMT are shorter than the plan counted`,
          ),
    );
  }
  out.push(...electionChecks(input));
  return out;
}

/**
 * UU 10/2016 Pasal 71(2) and 162(3) (DOMAIN.md 9): an SK signed or a TMT set inside an election
 * window needs the Minister's written approval for the posts in scope. The SK falls between today
 * and the TMT, so any window that overlaps that span is named; the SK's own guard checks the moves.
 */
function electionChecks(input: ScheduleInput): ScheduleCheck[] {
  const from = compareDates(input.today, input.tmt) <= 0 ? input.today : input.tmt;
  const to = compareDates(input.today, input.tmt) <= 0 ? input.tmt : input.today;
  const overlapping = input.electionWindows.filter(
    (w) => compareDates(w.start, to) <= 0 && compareDates(from, w.end) <= 0,
  );
  if (overlapping.length === 0) {
    return [
      check('ELECTION_WINDOW', 'PASS', 'tmt', (l) =>
        l === 'id'
          ? 'Tidak ada masa larangan penggantian pejabat (pilkada) antara hari ini dan TMT'
          : 'No election-period ban on replacing officials between today and the TMT',
      ),
    ];
  }
  return overlapping.map((w) =>
    check('ELECTION_WINDOW', 'WARN', 'tmt', (l) =>
      l === 'id'
        ? `Masa larangan penggantian pejabat ${longDate(w.start, l)} s.d. ${longDate(w.end, l)} (${w.legalBasis}): SK atau TMT di dalamnya memerlukan persetujuan tertulis Mendagri untuk jabatan yang diatur`
        : `Election-period ban on replacing officials from ${longDate(w.start, l)} to ${longDate(w.end, l)} (${w.legalBasis}): an SK or TMT inside it needs the Minister's written approval for the posts in scope`,
    ),
  );
}

/**
 * Checks a proposal's round and TMT: the round's form and whether the TMT falls in it, room for the
 * announcement and the objection window before the TMT, the 1st of a month, the plan's date, and the
 * election-period windows. Every check is returned (PASS too), so the form can say why a value is fine.
 * @example
 *   checkSchedule({ round: '2027-I', tmt: '2026-12-14', today: '2026-12-08', objectionWindowDays: 14,
 *     electionWindows: [] }).find((c) => c.status === 'BLOCK')?.code // 'TMT_AFTER_OBJECTION_WINDOW'
 */
export function checkSchedule(input: ScheduleInput): ScheduleCheck[] {
  return [...roundChecks(input), ...tmtChecks(input)];
}

/** The checks that refuse the values, first by field order (round, then TMT). */
export const blockingChecks = (checks: readonly ScheduleCheck[]): ScheduleCheck[] =>
  checks.filter((c) => c.status === 'BLOCK');
