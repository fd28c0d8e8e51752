import type { LocalizedMessage } from '../errors.js';

/**
 * The recognised exceptions to the 2-year minimum in post (DOMAIN.md 1.2 and 15.6): a promotion,
 * an organisational restructuring (penataan organisasi), the PNS's own request with reasons
 * (atas permintaan sendiri), health, a court decision, a disciplinary sanction. PP 11/2017
 * Pasal 190(3) lists none [U]: a recorded exception is a design choice, never free text.
 */
export const TENURE_OVERRIDE_GROUNDS = [
  'PROMOTION',
  'RESTRUCTURING',
  'OWN_REQUEST',
  'HEALTH',
  'COURT_DECISION',
  'DISCIPLINARY_SANCTION',
] as const;
export type TenureOverrideGround = (typeof TENURE_OVERRIDE_GROUNDS)[number];

/** How each ground is worded in rule results (the web has its own labels in its dictionaries). */
export const TENURE_OVERRIDE_GROUND_TEXT: Readonly<Record<TenureOverrideGround, LocalizedMessage>> = {
  PROMOTION: { id: 'promosi', en: 'promotion' },
  RESTRUCTURING: { id: 'penataan organisasi', en: 'organisational restructuring' },
  OWN_REQUEST: { id: 'atas permintaan sendiri', en: 'own request' },
  HEALTH: { id: 'alasan kesehatan', en: 'health' },
  COURT_DECISION: { id: 'putusan pengadilan', en: 'court decision' },
  DISCIPLINARY_SANCTION: { id: 'hukuman disiplin', en: 'disciplinary sanction' },
};

/**
 * An exception to R-TENURE-MIN recorded for one move (one person into one post): its ground, who
 * approved it, why, and the SHA-256 of the attached document.
 */
export interface TenureOverride {
  readonly employeeId: number;
  readonly toPositionId: number;
  readonly ground: TenureOverrideGround;
  /** The approving user (the head of BKPSDM); null when no person approved it. */
  readonly approvedByUserId: number | null;
  readonly reason: string;
  /** SHA-256 (hex) of the attached document; null when none is attached. */
  readonly documentSha256: string | null;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Whether an override has everything it needs to count: a known ground, an approver, a reason and a
 * document. Anything less lifts nothing.
 * @example isCompleteOverride({ ...o, documentSha256: null }) // false
 */
export function isCompleteOverride(o: TenureOverride): boolean {
  return (
    (TENURE_OVERRIDE_GROUNDS as readonly string[]).includes(o.ground) &&
    o.approvedByUserId !== null &&
    o.approvedByUserId > 0 &&
    o.reason.trim().length > 0 &&
    o.documentSha256 !== null &&
    SHA256_HEX.test(o.documentSha256)
  );
}

/**
 * The complete override recorded for this person's move into this post, if any: an override never
 * covers another person or another post.
 * @example overrideFor(ctx.tenureOverrides, 42, 7)?.ground // 'PROMOTION'
 */
export function overrideFor(
  overrides: readonly TenureOverride[] | undefined,
  employeeId: number,
  toPositionId: number,
): TenureOverride | null {
  if (!overrides) return null;
  for (const o of overrides) {
    if (o.employeeId === employeeId && o.toPositionId === toPositionId && isCompleteOverride(o)) return o;
  }
  return null;
}
