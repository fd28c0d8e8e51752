import type { LocalDate } from '../model/local-date.js';
import type { Nip } from '../model/nip.js';
import type { PositionKind } from '../model/position.js';

/**
 * The kind of a proposed move (DOMAIN.md 1.2: rotasi = same level, promosi = up, demosi = down;
 * a move the PNS asked for is atas permintaan sendiri). When the context names none, the rules infer
 * rotation, promotion or demotion from the career tiers of the two posts.
 */
export const MUTATION_KINDS = ['ROTATION', 'PROMOTION', 'DEMOTION', 'SELF_REQUEST'] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

/**
 * A period in which a regional head may not replace officials without the written approval of the
 * Minister of Home Affairs (UU 10/2016; DOMAIN.md 9). Both ends are inclusive.
 * - `PRA_PENETAPAN_PASLON`: from 6 months before the candidate pairs are set until the end of the
 *   term (Pasal 71(2)).
 * - `PASCA_PELANTIKAN`: the 6 months after the inauguration of a new head (Pasal 162(3)).
 */
export interface ElectionWindow {
  readonly id: string;
  readonly type: 'PRA_PENETAPAN_PASLON' | 'PASCA_PELANTIKAN';
  readonly start: LocalDate;
  readonly end: LocalDate;
  /** As it should be cited, e.g. `UU 10/2016 Pasal 71 ayat (2); PKPU 2/2024`. */
  readonly legalBasis: string;
  /** Position kinds in scope; null = the rule table's default scope. */
  readonly appliesToPositionKinds: readonly PositionKind[] | null;
}

/**
 * The Minister's written approval (persetujuan tertulis Mendagri) that lifts the election-period
 * ban for the people and posts it names (DOMAIN.md 9.3).
 */
export interface MendagriApproval {
  readonly letterNo: string;
  readonly letterDate: LocalDate;
  readonly subject: string;
  readonly coveredNips: readonly Nip[];
  readonly coveredPositionIds: readonly number[];
}
