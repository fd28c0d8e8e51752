import type { CompetencyAssessment, CompetencyStandard, CompetencyType } from '../model/competency.js';

/** Competency types in the order of the three competency components. */
export const COMPETENCY_TYPE_ORDER: readonly CompetencyType[] = ['TECHNICAL', 'MANAGERIAL', 'SOCIO_CULTURAL'];

/** Dense numbers for competency codes, so that levels are read from arrays in the hot loop. */
export class CompetencyCodes {
  private readonly ids = new Map<string, number>();

  id(code: string): number {
    let i = this.ids.get(code);
    if (i === undefined) {
      i = this.ids.size;
      this.ids.set(code, i);
    }
    return i;
  }

  /** The id of a known code, or -1. */
  find(code: string): number {
    return this.ids.get(code) ?? -1;
  }

  get size(): number {
    return this.ids.size;
  }
}

/** A post's standard, per competency type: code ids and required levels. */
export interface CompiledStandard {
  readonly codes: readonly Int32Array[];
  readonly levels: readonly Uint8Array[];
}

/**
 * Compiles a post's competency standard against the shared code numbering.
 * @example compileStandard(position.competencyStandard, codes).levels[1] // managerial levels
 */
export function compileStandard(
  std: readonly CompetencyStandard[],
  codes: CompetencyCodes,
): CompiledStandard {
  return {
    codes: COMPETENCY_TYPE_ORDER.map((t) =>
      Int32Array.from(
        std.filter((s) => s.type === t),
        (s) => codes.id(s.code),
      ),
    ),
    levels: COMPETENCY_TYPE_ORDER.map((t) =>
      Uint8Array.from(
        std.filter((s) => s.type === t),
        (s) => s.level,
      ),
    ),
  };
}

/**
 * Assessed levels by code id (0 = not assessed), or null without a valid assessment.
 * @example compileLevels(facts.assessment, codes)?.[codes.find('M.01')] // 3
 */
export function compileLevels(a: CompetencyAssessment | null, codes: CompetencyCodes): Uint8Array | null {
  if (!a) return null;
  const levels = new Uint8Array(codes.size);
  for (const s of a.scores) {
    const i = codes.find(s.code);
    if (i >= 0) levels[i] = s.level;
  }
  return levels;
}

/**
 * Match (0-100) of assessed levels against the standard's levels of one type, over the competencies
 * that were assessed: (sum of min(assessed, required) - surplusPenalty x sum of levels above the
 * standard) / sum of required, at least 0. With no surplus it is the JPM of PermenPANRB 38/2017
 * (DOMAIN.md 8.3: a surplus in one cannot hide a gap in another); the surplus term makes the fit
 * count the distance to the standard both ways (DOMAIN.md 15.5), so a post far below a person's
 * level is not a perfect fit. Closing a gap from below never lowers it. NaN when there is nothing
 * to compare: no assessment, no standard of this type, or none of its competencies assessed.
 * @example competencyMatch(levels, std, 1, 0) // 87.5 when 7 of 8 managerial levels are met, one a level short
 * @example competencyMatch(level3Everywhere, standardOf1, 1, 0.25) // 50: met 1 of 1, 2 levels above at 0.25 each
 */
export function competencyMatch(
  levels: Uint8Array | null,
  std: CompiledStandard,
  type: number,
  surplusPenalty: number,
): number {
  if (!levels) return Number.NaN;
  const ids = std.codes[type]!;
  const req = std.levels[type]!;
  let need = 0;
  let met = 0;
  let over = 0;
  for (let k = 0; k < ids.length; k++) {
    const a = levels[ids[k]!] ?? 0;
    if (a === 0) continue;
    const r = req[k]!;
    need += r;
    if (a > r) {
      met += r;
      over += a - r;
    } else met += a;
  }
  return need === 0 ? Number.NaN : (100 * Math.max(0, met - surplusPenalty * over)) / need;
}

/**
 * How many of the standard's competencies of one type were assessed, how many fall short and how
 * many are exceeded.
 * @example competencyCoverage(levels, std, 0) // { required: 2, assessed: 1, short: 1, above: 0 }
 */
export function competencyCoverage(
  levels: Uint8Array | null,
  std: CompiledStandard,
  type: number,
): { required: number; assessed: number; short: number; above: number } {
  const ids = std.codes[type]!;
  const req = std.levels[type]!;
  let assessed = 0;
  let short = 0;
  let above = 0;
  for (let k = 0; k < ids.length; k++) {
    const a = levels ? (levels[ids[k]!] ?? 0) : 0;
    if (a === 0) continue;
    assessed++;
    if (a < req[k]!) short++;
    else if (a > req[k]!) above++;
  }
  return { required: ids.length, assessed, short, above };
}
