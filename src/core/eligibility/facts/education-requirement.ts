import { type EducationLevel, type EducationRequirement, educationRank } from '../../model/education.js';
import type { MajorCode } from '../../model/majors.js';
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
 * @example requirementsKey([{ minLevel: 'S1', fields: ['EDUCATION'], majors: ['PGSD'] }]) // 'S1:EDUCATION/PGSD'
 */
export function requirementsKey(requirements: readonly EducationRequirement[]): string {
  return requirements
    .map((r) => {
      const majors = r.majors?.length ? `/${[...r.majors].sort().join('+')}` : '';
      return `${r.minLevel}:${[...r.fields].sort().join('+')}${majors}`;
    })
    .join('|');
}

/**
 * Whether the person holds one of the majors, at `level` or above.
 * @example holdsMajor(factsOfS1Nurse, ['KEPERAWATAN'], educationRank('S1')) // true
 */
export function holdsMajor(c: CandidateFacts, majors: readonly MajorCode[], level: number): boolean {
  for (const m of majors) if ((c.bestRankByMajor.get(m) ?? -1) >= level) return true;
  return false;
}

/**
 * Whether the person holds, at the requirement's level or above, a degree in one of the fields of
 * some requirement (or, when it names majors, in one of its majors). True when a requirement names
 * neither (any field will do).
 * @example meetsFieldRequirement(factsOfD3Nurse, [{ minLevel: 'S1', fields: ['HEALTH_NURSING'] }]) // false
 */
export function meetsFieldRequirement(
  c: CandidateFacts,
  requirements: readonly EducationRequirement[],
): boolean {
  if (requirements.length === 0) return true;
  for (const r of requirements) {
    const need = educationRank(r.minLevel);
    // Note: named majors are stricter than fields: a PGSD graduate holds EDUCATION but not mathematics.
    if (r.majors?.length) {
      if (holdsMajor(c, r.majors, need)) return true;
      continue;
    }
    if (r.fields.length === 0) return true;
    for (const f of r.fields) if (c.bestRankByField[fieldIndex(f)]! >= need) return true;
  }
  return false;
}
