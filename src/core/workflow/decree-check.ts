import type { LocalizedMessage } from '../errors.js';
import { compareDates, type LocalDate } from '../model/local-date.js';
import { longDate } from '../model/long-date.js';
import type { PositionKind } from '../model/position.js';
import { type DecreeSignatory, type SignatoryRole, signatoryProblems } from './decree-signatory.js';
import { decreeTitleOf } from './decree-title.js';
import type { BlockedMove } from './proposal-model.js';
import type { SeatOverflow } from './seat-balance.js';

/** Stable codes of what the pre-issue check finds; each finding names the field to fix. */
export const DECREE_FINDING_CODES = [
  'DECREE_SIGNATORY_MISSING',
  'DECREE_SIGNATORY_INCOMPLETE',
  'DECREE_SIGNATORY_NIP_INVALID',
  'DECREE_BOARD_INCOMPLETE',
  'DECREE_NO_AGREED_MOVES',
  'DECREE_MINUTES_MISSING',
  'DECREE_JPT_SEPARATE',
  'DECREE_JPT_SELECTION_MISSING',
  'DECREE_MOVE_BLOCKED',
  'DECREE_SEATS_EXCEEDED',
  'DECREE_DATE_BEFORE_MINUTES',
  'DECREE_DATE_BEFORE_APPROVAL',
  'DECREE_DATE_AFTER_TMT',
  'DECREE_MENDAGRI_APPROVAL_MISSING',
] as const;
export type DecreeFindingCode = (typeof DECREE_FINDING_CODES)[number];

/**
 * One thing missing or inconsistent before the SK. `field` says where to fix it: a path of the
 * process settings (`skSignatory.nip`), the SK date (`date`), the moves (`items`), the review
 * board (`board`) or the Mendagri approval (`mendagriApproval`).
 */
export interface DecreeFinding {
  readonly code: DecreeFindingCode;
  readonly field: string;
  readonly value?: unknown;
  readonly message: LocalizedMessage;
}

/** What the check needs, loaded by the caller for one proposal and one SK date. */
export interface DecreeCheckFacts {
  /** The date the SK would carry (`Ditetapkan ... pada tanggal`). */
  readonly skDate: LocalDate;
  readonly tmt: LocalDate;
  readonly skSignatory: DecreeSignatory | null;
  readonly excerptSigner: DecreeSignatory | null;
  /** The review board decided on every candidate. */
  readonly boardComplete: boolean;
  /** The kind of the post each agreed move goes to (one entry per move in the SK). */
  readonly agreedKinds: readonly PositionKind[];
  /** The latest board session on the proposal, cited as the berita acara (null: none). */
  readonly minutes: { readonly number: string; readonly date: LocalDate } | null;
  /** The day the PPK approved the proposal (null: not yet). */
  readonly approvedOn: LocalDate | null;
  /** Agreed moves the eligibility rules block on the TMT (DOMAIN.md 15.6). */
  readonly blocked: readonly BlockedMove[];
  /** NIPs of agreed moves into a JPT post without a completed selection naming them (DOMAIN.md 15.3). */
  readonly jptWithoutSelection: readonly string[];
  /** In an election-period window: NIPs no Mendagri approval covers (UU 10/2016 Pasal 71(2), 162(3)). */
  readonly electionUncoveredNips: readonly string[];
  /** Posts the agreed moves would fill beyond their formasi (a chain the board broke). */
  readonly seatOverflows: readonly SeatOverflow[];
}

const SIGNATORY_CODE = {
  MISSING: 'DECREE_SIGNATORY_MISSING',
  INCOMPLETE: 'DECREE_SIGNATORY_INCOMPLETE',
  NIP_INVALID: 'DECREE_SIGNATORY_NIP_INVALID',
} as const;

const finding = (code: DecreeFindingCode, field: string, id: string, en: string, value?: unknown) => ({
  code,
  field,
  ...(value !== undefined ? { value } : {}),
  message: { id, en },
});

/**
 * Everything that keeps an SK from being issued, in the order a reader fixes it: the signatories
 * (from the process settings), the board's outcome, the moves (blocked, JPT needing a selection and
 * its own SK), the dates in order (berita acara and the PPK's approval <= SK date <= TMT; the
 * announcement then falls between the signing and the TMT) and, in an election window, the
 * Mendagri approval. An empty list means the SK may be issued. The title itself is not a finding:
 * it is chosen from the kinds of posts (`decreeTitleOf`), so it cannot disagree with the moves.
 * @example checkDecree({ ...facts, skSignatory: null }).map((f) => f.code) // ['DECREE_SIGNATORY_MISSING']
 * @example checkDecree({ ...facts, skDate: '2026-12-07', minutes: { number: 'BA/1', date: '2026-12-08' } })
 *   // [{ code: 'DECREE_DATE_BEFORE_MINUTES', field: 'date', ... }]
 */
export function checkDecree(f: DecreeCheckFacts): DecreeFinding[] {
  const out: DecreeFinding[] = [];
  for (const role of ['skSignatory', 'excerptSigner'] as const satisfies readonly SignatoryRole[]) {
    for (const p of signatoryProblems(role, f[role], f.skDate)) {
      out.push({
        code: SIGNATORY_CODE[p.rule],
        field: p.field,
        ...(p.value !== undefined ? { value: p.value } : {}),
        message: p.message,
      });
    }
  }
  out.push(...boardFindings(f), ...moveFindings(f), ...dateFindings(f));
  if (f.electionUncoveredNips.length > 0) {
    const nips = f.electionUncoveredNips.join(', ');
    out.push(
      finding(
        'DECREE_MENDAGRI_APPROVAL_MISSING',
        'mendagriApproval',
        `Masa larangan penggantian pejabat (UU 10/2016 Pasal 71 ayat 2 dan Pasal 162 ayat 3): lampirkan persetujuan tertulis Mendagri untuk NIP ${nips}`,
        `Election-period ban (UU 10/2016 Pasal 71(2), 162(3)): attach the Mendagri's written approval for NIP ${nips}`,
        f.electionUncoveredNips,
      ),
    );
  }
  return out;
}

function boardFindings(f: DecreeCheckFacts): DecreeFinding[] {
  const out: DecreeFinding[] = [];
  if (!f.boardComplete) {
    out.push(
      finding(
        'DECREE_BOARD_INCOMPLETE',
        'board',
        'Keputusan TPK belum dicatat untuk setiap kandidat',
        'The review board has not decided on every candidate',
      ),
    );
  }
  if (!f.minutes) {
    out.push(
      finding(
        'DECREE_MINUTES_MISSING',
        'board',
        'Belum ada sidang TPK yang berita acaranya dapat dikutip dalam SK',
        'No review-board session whose minutes the SK can cite',
      ),
    );
  }
  if (f.agreedKinds.length === 0) {
    out.push(
      finding(
        'DECREE_NO_AGREED_MOVES',
        'items',
        'Tidak ada kandidat yang disetujui TPK; tidak ada yang dapat ditetapkan dalam SK',
        'The board agreed to no move; there is nothing to decree',
      ),
    );
  }
  return out;
}

function moveFindings(f: DecreeCheckFacts): DecreeFinding[] {
  const out: DecreeFinding[] = [];
  for (const o of f.seatOverflows) {
    out.push(
      finding(
        'DECREE_SEATS_EXCEEDED',
        'items',
        `Jabatan ${o.name} hanya memiliki ${o.seats} formasi, tetapi sesudah mutasi yang disetujui akan diisi ${o.after} orang: keputusan TPK memutus rantai kekosongan (pegawai yang semestinya meninggalkan jabatan ini tidak jadi dimutasi). Kembalikan usulan untuk mengeluarkan mutasi ke jabatan ini.`,
        `Position ${o.name} has ${o.seats} seats, but the agreed moves would fill it with ${o.after}: the board's decisions broke a vacancy chain (the person who was to leave it does not move). Return the proposal to take out the move into this post.`,
        o.positionId,
      ),
    );
  }
  for (const b of f.blocked) {
    out.push(
      finding(
        'DECREE_MOVE_BLOCKED',
        'items',
        `NIP ${b.nip} tidak memenuhi syarat pada TMT ${longDate(f.tmt, 'id')}: ${b.rules.map((r) => r.message.id).join('; ')}`,
        `NIP ${b.nip} is not eligible on the TMT ${longDate(f.tmt, 'en')}: ${b.rules.map((r) => r.message.en).join('; ')}`,
        b.nip,
      ),
    );
  }
  if (f.jptWithoutSelection.length > 0) {
    const nips = f.jptWithoutSelection.join(', ');
    out.push(
      finding(
        'DECREE_JPT_SELECTION_MISSING',
        'items',
        `Pengisian JPT memerlukan seleksi yang selesai dan memilih pegawai tersebut: NIP ${nips}`,
        `A JPT post needs a completed selection choosing the person: NIP ${nips}`,
        f.jptWithoutSelection,
      ),
    );
  }
  const title = decreeTitleOf(f.agreedKinds);
  if (title.counts.JPT > 0 && title.scope !== 'JPT') {
    // A JPT appointment follows its own selection and cites it (DOMAIN.md 10.1, 15.3).
    out.push(
      finding(
        'DECREE_JPT_SEPARATE',
        'items',
        'Pengangkatan dalam Jabatan Pimpinan Tinggi Pratama ditetapkan dengan SK tersendiri; pisahkan mutasi JPT ke usulan lain',
        'An appointment to a JPT post has its own SK; move the JPT moves to a separate proposal',
        title.counts.JPT,
      ),
    );
  }
  return out;
}

function dateFindings(f: DecreeCheckFacts): DecreeFinding[] {
  const out: DecreeFinding[] = [];
  const sk = (l: 'id' | 'en') => longDate(f.skDate, l);
  if (f.minutes && compareDates(f.skDate, f.minutes.date) < 0) {
    out.push(
      finding(
        'DECREE_DATE_BEFORE_MINUTES',
        'date',
        `Tanggal SK (${sk('id')}) sebelum berita acara TPK Nomor ${f.minutes.number} (${longDate(f.minutes.date, 'id')}) yang dikutipnya`,
        `The SK date (${sk('en')}) is before the board minutes No. ${f.minutes.number} (${longDate(f.minutes.date, 'en')}) it cites`,
        f.skDate,
      ),
    );
  }
  if (f.approvedOn && compareDates(f.skDate, f.approvedOn) < 0) {
    out.push(
      finding(
        'DECREE_DATE_BEFORE_APPROVAL',
        'date',
        `Tanggal SK (${sk('id')}) sebelum persetujuan PPK (${longDate(f.approvedOn, 'id')})`,
        `The SK date (${sk('en')}) is before the PPK's approval (${longDate(f.approvedOn, 'en')})`,
        f.skDate,
      ),
    );
  }
  if (compareDates(f.skDate, f.tmt) > 0) {
    out.push(
      finding(
        'DECREE_DATE_AFTER_TMT',
        'date',
        `Tanggal SK (${sk('id')}) sesudah TMT (${longDate(f.tmt, 'id')}): SK ditandatangani dan diumumkan sebelum TMT`,
        `The SK date (${sk('en')}) is after the TMT (${longDate(f.tmt, 'en')}): the SK is signed and announced before the TMT`,
        f.skDate,
      ),
    );
  }
  return out;
}
