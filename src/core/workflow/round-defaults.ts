import type { LocalizedMessage } from '../errors.js';
import { addDays, compareDates, dateParts, type LocalDate, localDate } from '../model/local-date.js';
import { longDate } from '../model/long-date.js';

/**
 * The round (periode) and TMT of a proposal made from a plan. A round is a half year, written
 * `YYYY-I` (January-June) or `YYYY-II` (July-December), and a mutation's TMT is the first day of a
 * month (appointments start on the 1st: DOMAIN.md 4.1 on TMT). Pure: "today" and the settings are
 * parameters.
 */

export type RoundHalf = 'I' | 'II';

export interface Round {
  readonly year: number;
  readonly half: RoundHalf;
}

const ROUND_TEXT = /^(\d{4})-(I|II)$/;

/**
 * Reads a round written `YYYY-I` or `YYYY-II`; anything else is null.
 * @example parseRound('2027-I') // { year: 2027, half: 'I' }
 */
export function parseRound(text: string): Round | null {
  const m = ROUND_TEXT.exec(text.trim());
  return m ? { year: Number(m[1]), half: m[2] as RoundHalf } : null;
}

export const formatRound = (r: Round): string => `${r.year}-${r.half}`;

/**
 * The round a date falls in: its year and half (I: January-June, II: July-December).
 * @example roundOfDate('2027-01-01') // '2027-I'
 */
export function roundOfDate(d: LocalDate): string {
  const { year, month } = dateParts(d);
  return formatRound({ year, half: month <= 6 ? 'I' : 'II' });
}

/** The first day of a round: 1 January or 1 July. */
export const roundStart = (r: Round): LocalDate => localDate(r.year, r.half === 'I' ? 1 : 7, 1);

/**
 * The date itself when it is the 1st, otherwise the 1st of the next month.
 * @example firstOfMonthOnOrAfter('2026-12-23') // '2027-01-01'
 */
export function firstOfMonthOnOrAfter(d: LocalDate): LocalDate {
  const { year, month, day } = dateParts(d);
  if (day === 1) return d;
  return month === 12 ? localDate(year + 1, 1, 1) : localDate(year, month + 1, 1);
}

/**
 * The objection window the TMT must leave room for: announced today at the earliest, open for
 * `objectionWindowDays` days after it, so the moves can take effect no earlier than the day after it
 * closes (the same count `decideTransition` uses for take-effect).
 * @example earliestTmt('2026-12-08', 14) // { closesOn: '2026-12-22', earliest: '2026-12-23' }
 */
export function earliestTmt(
  today: LocalDate,
  objectionWindowDays: number,
): { readonly closesOn: LocalDate; readonly earliest: LocalDate } {
  const closesOn = addDays(today, objectionWindowDays);
  return { closesOn, earliest: addDays(closesOn, 1) };
}

/** The period a scenario's name announces: "… 2027" (a year) or "… 2025-II", "periode II 2026". */
export interface NamedPeriod {
  readonly year: number;
  readonly half: RoundHalf | null;
}

const YEAR_HALF = /(?<!\d)(20\d\d)\s*[-/]\s*(II|I)(?![A-Za-z])/i;
const HALF_YEAR = /\b(?:periode|semester|tahap)\s+(II|I|2|1)\b\D{0,12}?(20\d\d)(?!\d)/i;
const YEAR = /(?<!\d)(20\d\d)(?!\d)/;

/**
 * The year (and half, when written) a scenario's name announces; null when it names no year.
 * @example scenarioPeriod('Penataan menyeluruh 2027') // { year: 2027, half: null }
 * @example scenarioPeriod('Mutasi periode II 2026') // { year: 2026, half: 'II' }
 */
export function scenarioPeriod(name: string): NamedPeriod | null {
  const yh = YEAR_HALF.exec(name);
  if (yh) return { year: Number(yh[1]), half: yh[2]!.toUpperCase() as RoundHalf };
  const hy = HALF_YEAR.exec(name);
  if (hy) {
    const half = hy[1]!.toUpperCase();
    return { year: Number(hy[2]), half: half === 'II' || half === '2' ? 'II' : 'I' };
  }
  const y = YEAR.exec(name);
  return y ? { year: Number(y[1]), half: null } : null;
}

/** Why a default has its value, for the form to show next to it. */
export const DEFAULT_REASON_CODES = [
  'SCENARIO_PERIOD',
  'SCENARIO_YEAR',
  'PLAN_DATE',
  'OBJECTION_ROOM',
  'ROUND_OF_TMT',
] as const;

export interface DefaultReason {
  readonly code: (typeof DEFAULT_REASON_CODES)[number];
  readonly message: LocalizedMessage;
}

export interface PlanProposalDefaults {
  readonly round: string;
  readonly tmt: LocalDate;
  readonly reasons: readonly DefaultReason[];
}

export interface PlanDefaultsInput {
  readonly today: LocalDate;
  readonly objectionWindowDays: number;
  readonly scenarioName: string;
  /** The date the plan measured tenures on. */
  readonly planAsOf: LocalDate;
}

const both = (f: (lang: 'id' | 'en') => string): LocalizedMessage => ({ id: f('id'), en: f('en') });

const HALF_MONTHS = {
  I: { id: 'Januari-Juni', en: 'January-June' },
  II: { id: 'Juli-Desember', en: 'July-December' },
};

/**
 * The round and TMT a proposal from a plan starts with, each with its reason:
 * 1. the period the scenario's name announces ("2027" -> 1 January 2027, "2025-II" -> 1 July 2025),
 *    or, when it names none, the 1st of the first month from the plan's date; never before the
 *    plan's date, whose tenures the plan measured;
 * 2. moved later when it leaves no room for the announcement (today at the earliest) and the
 *    objection window after it: to the 1st of the first month after the window closes;
 * 3. the round is the half year the TMT falls in.
 * @example
 *   proposalDefaultsFromPlan({ today: '2026-12-08', objectionWindowDays: 14,
 *     scenarioName: 'Penataan menyeluruh 2027', planAsOf: '2026-12-08' })
 *   // { round: '2027-I', tmt: '2027-01-01', reasons: [SCENARIO_YEAR, ROUND_OF_TMT] }
 */
export function proposalDefaultsFromPlan(input: PlanDefaultsInput): PlanProposalDefaults {
  const reasons: DefaultReason[] = [];
  const named = scenarioPeriod(input.scenarioName);
  const fromPlanDate = firstOfMonthOnOrAfter(input.planAsOf);
  let tmt: LocalDate;
  if (named) {
    const start = roundStart({ year: named.year, half: named.half ?? 'I' });
    tmt = compareDates(start, fromPlanDate) >= 0 ? start : fromPlanDate;
    const period = named.half ? `${named.year}-${named.half}` : String(named.year);
    reasons.push({
      code: named.half ? 'SCENARIO_PERIOD' : 'SCENARIO_YEAR',
      message:
        tmt === start
          ? both((l) =>
              l === 'id'
                ? `Nama skenario "${input.scenarioName}" menyebut ${named.half ? 'periode' : 'tahun'} ${period}: TMT pada awalnya, ${longDate(start, l)}.`
                : `The scenario's name "${input.scenarioName}" names ${named.half ? 'the round' : 'the year'} ${period}: the TMT is its first day, ${longDate(start, l)}.`,
            )
          : both((l) =>
              l === 'id'
                ? `Nama skenario menyebut ${period}, tetapi rencana dihitung per ${longDate(input.planAsOf, l)}: TMT tanggal 1 bulan pertama sejak itu, ${longDate(tmt, l)}.`
                : `The scenario names ${period}, but the plan was computed on ${longDate(input.planAsOf, l)}: the TMT is the 1st of the first month since then, ${longDate(tmt, l)}.`,
            ),
    });
  } else {
    tmt = fromPlanDate;
    reasons.push({
      code: 'PLAN_DATE',
      message: both((l) =>
        l === 'id'
          ? `Nama skenario tidak menyebut tahun: TMT tanggal 1 bulan pertama sejak tanggal rencana (${longDate(input.planAsOf, l)}), yaitu ${longDate(tmt, l)}.`
          : `The scenario's name names no year: the TMT is the 1st of the first month from the plan's date (${longDate(input.planAsOf, l)}), ${longDate(tmt, l)}.`,
      ),
    });
  }
  const room = earliestTmt(input.today, input.objectionWindowDays);
  if (compareDates(tmt, room.earliest) < 0) {
    tmt = firstOfMonthOnOrAfter(room.earliest);
    reasons.push({
      code: 'OBJECTION_ROOM',
      message: both((l) =>
        l === 'id'
          ? `TMT digeser ke ${longDate(tmt, l)}: pengumuman paling cepat hari ini (${longDate(input.today, l)}) dan masa sanggah ${input.objectionWindowDays} hari berakhir ${longDate(room.closesOn, l)}.`
          : `The TMT moves to ${longDate(tmt, l)}: the announcement is today at the earliest (${longDate(input.today, l)}) and the ${input.objectionWindowDays}-day objection window closes on ${longDate(room.closesOn, l)}.`,
      ),
    });
  }
  const round = roundOfDate(tmt);
  const half = parseRound(round)!.half;
  reasons.push({
    code: 'ROUND_OF_TMT',
    message: both((l) =>
      l === 'id'
        ? `Periode ${round}: semester ${HALF_MONTHS[half].id} ${dateParts(tmt).year}, tempat TMT berada.`
        : `Round ${round}: the half year ${HALF_MONTHS[half].en} ${dateParts(tmt).year} that holds the TMT.`,
    ),
  });
  return { round, tmt, reasons };
}

/**
 * The title a proposal from a plan gets unless the author writes another.
 * @example defaultProposalTitle('Penataan menyeluruh 2027', 2) // 'Usulan mutasi dari rencana Penataan menyeluruh 2027 v2'
 */
export const defaultProposalTitle = (scenarioName: string, planVersion: number): string =>
  `Usulan mutasi dari rencana ${scenarioName} v${planVersion}`;
