import { type EducationLevel, type EducationRequirement, educationRank } from '../../model/education.js';
import type { PositionKind } from '../../model/position.js';
import type { CandidateFacts } from './facts.js';
import { fieldIndex } from './facts.js';

/**
 * The education rank a post asks for: the lowest level among its requirements (they are
 * alternatives), raised to the floor the law sets for its kind. -1 when it asks for nothing.
 * @example requiredEducationRank([{ minLevel: 'D3', fields: [] }], 'ADMINISTRATOR', { ADMINISTRATOR: 'S1' }) // rank of S1
 */
export function requiredEducationRank(
  requirements: readonly EducationRequirement[],
  kind: PositionKind,
  floorByKind: Readonly<Partial<Record<PositionKind, EducationLevel>>>,
): number {
  let lowest = Number.POSITIVE_INFINITY;
  for (const r of requirements) lowest = Math.min(lowest, educationRank(r.minLevel));
  const floor = floorByKind[kind];
  const floorRank = floor ? educationRank(floor) : -1;
  return lowest === Number.POSITIVE_INFINITY ? floorRank : Math.max(lowest, floorRank);
}

/**
 * A stable text for a list of requirements (signatures, messages).
 * @example requirementsKey([{ minLevel: 'S1', fields: ['LAW', 'IT'] }]) // 'S1:IT+LAW'
 */
export function requirementsKey(requirements: readonly EducationRequirement[]): string {
  return requirements.map((r) => `${r.minLevel}:${[...r.fields].sort().join('+')}`).join('|');
}

/**
 * Whether the person holds, at the requirement's level or above, a degree in one of the fields of
 * some requirement. True when a requirement names no field (any field will do).
 * @example meetsFieldRequirement(factsOfD3Nurse, [{ minLevel: 'S1', fields: ['HEALTH_NURSING'] }]) // false
 */
export function meetsFieldRequirement(
  c: CandidateFacts,
  requirements: readonly EducationRequirement[],
): boolean {
  if (requirements.length === 0) return true;
  for (const r of requirements) {
    if (r.fields.length === 0) return true;
    const need = educationRank(r.minLevel);
    for (const f of r.fields) if (c.bestRankByField[fieldIndex(f)]! >= need) return true;
  }
  return false;
}
