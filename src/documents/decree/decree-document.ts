import type { GolonganCode } from '../../core/model/golongan.js';
import type { LocalDate } from '../../core/model/local-date.js';

/**
 * Inputs of the decree renderers (SK, petikan, berita acara), DOMAIN.md 10.1 and 10.3. Plain data:
 * the workflow builds these from its records and the renderers only lay them out, so the same input
 * always gives the same bytes (the audit log stores the SHA-256 of the PDF).
 *
 * Dates are calendar dates (`LocalDate`); NIPs are 18 digits with or without spaces, validated by
 * the core NIP rules at render time; golongan are the BKN codes 11..45.
 */

/**
 * Paper size. Defaults to A4: DOMAIN.md names no size, and the Sibolga Perwal on tata naskah dinas
 * is unverified (DOMAIN.md 10.2, 14.9); F4 (folio, 215 x 330 mm) is common in Pemda practice.
 */
export type PaperSize = 'A4' | 'F4';
export const DEFAULT_PAPER: PaperSize = 'A4';

/** The heading printed at the top of the first page, above a rule. */
export interface Letterhead {
  /** First line, e.g. `PEMERINTAH KOTA SIBOLGA`. */
  readonly government: string;
  /** Optional second line, e.g. the agency (`BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA`). */
  readonly agency?: string;
  /** Address line, e.g. `Jalan Sisingamangaraja No. 1, Sibolga 22511`. */
  readonly address: string;
  /** Optional contact line (telephone, e-mail, website). */
  readonly contact?: string;
}

/** Whoever signs: the Wali Kota (elected: no NIP, no pangkat) or an official signing a.n. (with both). */
export interface Signatory {
  /** Office line(s) above the signature, e.g. `WALI KOTA SIBOLGA` or `a.n. WALI KOTA SIBOLGA`. */
  readonly title: string;
  /** Extra office line under the title for a.n. signatures, e.g. `Sekretaris Daerah`. */
  readonly office?: string;
  readonly name: string;
  /** Only for appointed officials (DOMAIN.md 10.1: elected heads sign without NIP). */
  readonly nip?: string;
  readonly golongan?: GolonganCode;
}

/** The Mendagri written approval that lifts the election-period ban (DOMAIN.md 9.3, UU 10/2016 Pasal 71(2)). */
export interface MendagriApprovalRef {
  readonly letterNumber: string;
  readonly letterDate: LocalDate;
  /** Optional subject (`perihal`) of the letter. */
  readonly subject?: string;
}

/** One moved employee: a row of the lampiran and the body of a petikan (DOMAIN.md 10.3 `items[]`). */
export interface DecreeRow {
  readonly nip: string;
  readonly name: string;
  readonly golongan: GolonganCode;
  readonly oldPosition: string;
  /** Unit and OPD of the old position, e.g. `Bidang Mutasi, BKPSDM`. */
  readonly oldUnit: string;
  readonly newPosition: string;
  readonly newUnit: string;
  readonly tmt: LocalDate;
  /** Optional remark (`Ket.`). */
  readonly note?: string;
}

/** The SK: a Keputusan Wali Kota Sibolga on transfers. */
export interface DecreeDocument {
  readonly letterhead: Letterhead;
  /** Defaults to {@link DEFAULT_PAPER}. */
  readonly paper?: PaperSize;
  /** The register number, e.g. `800.1.3.3/123/BKPSDM/2026` (DOMAIN.md 10.2). */
  readonly number: string;
  /** Who decides, as in the title: `WALI KOTA SIBOLGA`. */
  readonly issuer: string;
  /** What the SK is about, after `TENTANG`, e.g. `PEMINDAHAN DAN PENEMPATAN PEGAWAI NEGERI SIPIL DI LINGKUNGAN PEMERINTAH KOTA SIBOLGA`. */
  readonly subject: string;
  /** Menimbang items (a., b., ...), without their letters. */
  readonly considerations: readonly string[];
  /** Mengingat items (1., 2., ...): the regulations, without their numbers. */
  readonly legalBases: readonly string[];
  /**
   * Memperhatikan items (optional): TPK minutes, BKN recommendation. The Mendagri approval, when
   * given, is added as the last item by the renderer.
   */
  readonly observations?: readonly string[];
  /** Menetapkan items, printed as KESATU, KEDUA, ... in order. */
  readonly decisions: readonly string[];
  /** The lampiran: at least one row. */
  readonly rows: readonly DecreeRow[];
  /** `Sibolga`. */
  readonly place: string;
  /** Date of signing (`pada tanggal`); also the PDF creation date, so output is deterministic. */
  readonly date: LocalDate;
  readonly signatory: Signatory;
  /** Tembusan, in order. */
  readonly copiesTo: readonly string[];
  /** Required when the SK falls in an election window (DOMAIN.md 9.3). */
  readonly mendagriApproval?: MendagriApprovalRef;
}

/**
 * The petikan: one employee's extract of an SK (DOMAIN.md 10.1). Same header and decisions as the
 * SK, only this employee's row, the `Petikan ... untuk dipergunakan sebagaimana mestinya` wording and
 * the `Petikan sesuai dengan aslinya` block signed a.n. the Wali Kota. Build it with `petikanOf`.
 */
export interface PetikanDocument extends Omit<DecreeDocument, 'rows'> {
  readonly row: DecreeRow;
  /**
   * Replaces the SK's first diktum, whose wording points at lampiran columns a petikan does not
   * have; `petikanOf` fills in the default petikan wording.
   */
  readonly firstDecision?: string;
  /** The row's number in the SK's lampiran (1-based), printed with the employee's data. */
  readonly rowNumber?: number;
  /** The official who certifies the extract (Sekda or Kepala BKPSDM, with pangkat and NIP). */
  readonly certifiedBy: Signatory;
}

export type BoardRole = 'CHAIR' | 'SECRETARY' | 'MEMBER';
export type BoardDecision = 'AGREE' | 'DISAGREE' | 'DEFER';

export interface BoardMember {
  readonly name: string;
  readonly nip?: string;
  /** The member's own position, e.g. `Sekretaris Daerah`. */
  readonly position: string;
  readonly role: BoardRole;
  readonly present: boolean;
  /** Why the member was absent (optional). */
  readonly absenceNote?: string;
}

/** One candidate on the agenda and the board's decision on the proposed move. */
export interface BoardCandidate {
  readonly nip: string;
  readonly name: string;
  readonly golongan: GolonganCode;
  readonly currentPosition: string;
  readonly currentUnit: string;
  readonly proposedPosition: string;
  readonly proposedUnit: string;
  /** The proposal it comes from, e.g. `USL-2026-0007` (optional). */
  readonly proposalRef?: string;
  /** The kind of move as printed, e.g. `Antar-OPD` (optional; counted per kind in the minutes). */
  readonly moveKind?: string;
  readonly decision: BoardDecision;
  readonly notes?: string;
}

/** A member's conflict-of-interest declaration (PP 11/2017 Pasal 190; DOMAIN.md 1.2). */
export interface ConflictDeclaration {
  readonly memberName: string;
  /** Whether the member declared a conflict; `false` is the plain "no conflict" declaration. */
  readonly hasConflict: boolean;
  /** The candidate concerned (required when there is a conflict). */
  readonly candidateNip?: string;
  readonly statement: string;
  /** The member left the deliberation on that candidate. */
  readonly recused: boolean;
}

/**
 * The berita acara of a review-board (TPK / Baperjakat) session. `candidates` holds every candidate
 * decided and `conflictDeclarations` every declaration; the minutes print them summarised (counts,
 * the exceptions in full, the conflicts by name), so a 150-candidate session stays a few pages.
 */
export interface BoardMinutesDocument {
  readonly letterhead: Letterhead;
  readonly paper?: PaperSize;
  /** E.g. `Tim Penilai Kinerja Pegawai Negeri Sipil Kota Sibolga`. */
  readonly boardName: string;
  /** E.g. `800.1.3/07/TPK/2026`. */
  readonly sessionNumber: string;
  /** Session date; also the PDF creation date. */
  readonly date: LocalDate;
  /** Optional start time as printed, e.g. `09.00 WIB`. */
  readonly time?: string;
  readonly place: string;
  /** City written before the date above the signatures; defaults to `Sibolga`. */
  readonly signingPlace?: string;
  readonly members: readonly BoardMember[];
  readonly agenda: readonly string[];
  readonly candidates: readonly BoardCandidate[];
  readonly conflictDeclarations: readonly ConflictDeclaration[];
  /** Optional closing remarks. */
  readonly closingNotes?: string;
}
