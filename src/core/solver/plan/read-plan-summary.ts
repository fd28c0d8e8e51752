import type { TalentBox } from '../../matching/inputs.js';
import type { LocalDate } from '../../model/local-date.js';
import {
  FIT_GROUPS,
  fitWeightsOf,
  matchingPolicyOfVersion,
  type PlanFitWeight,
  type PlanPublicObjectives,
  type PlanPublicScope,
  type PlanPublicSummary,
} from './plan-public-summary.js';
import type { PlanOptimality } from './plan-types.js';

type Obj = Readonly<Record<string, unknown>>;

const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);
const date = (v: unknown): LocalDate | null =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? (v as LocalDate) : null;
const boxes = (v: unknown): TalentBox[] =>
  Array.isArray(v) ? v.filter((b): b is TalentBox => Number.isInteger(b) && b >= 1 && b <= 9) : [];

/** The criteria of a version-1 summary: `[{ code, value, label }]`, read by code. */
function criteriaOf(v: unknown): Map<string, string> {
  const list = Array.isArray(v) ? v : isObj(v) ? [v] : [];
  const out = new Map<string, string>();
  for (const c of list)
    if (isObj(c) && typeof c.code === 'string' && c.value !== undefined) out.set(c.code, String(c.value));
  return out;
}

function objectivesOf(v: unknown): PlanPublicObjectives | null {
  if (!isObj(v)) return null;
  const moveCost = num(v.moveCost);
  if (moveCost === null) return null;
  return {
    moveCost,
    maxMoves: num(v.maxMoves),
    forcedRotationYears: num(v.forcedRotationYears),
    rotationPenalty: num(v.forcedRotationYears) === null ? null : num(v.rotationPenalty),
    minTenureYears: num(v.minTenureYears),
    strategicFromTalentPoolOnly: bool(v.strategicFromTalentPoolOnly),
    talentPoolBoxes: boxes(v.talentPoolBoxes),
    allowOverqualifiedMoves: v.allowOverqualifiedMoves === true,
  };
}

function scopeOf(v: unknown, legacyMode: string | undefined): PlanPublicScope | null {
  const mode = isObj(v) ? v.mode : legacyMode;
  if (mode !== 'WHOLE_CITY' && mode !== 'VACANCIES') return null;
  const count = (k: string) => (isObj(v) ? Math.max(0, Math.trunc(num(v[k]) ?? 0)) : 0);
  return {
    mode,
    unitCount: count('unitCount'),
    positionCount: count('positionCount'),
    addedPeople: count('addedPeople'),
  };
}

function optimalityOfStored(v: unknown): PlanOptimality | null {
  if (!isObj(v)) return null;
  if (v.status === 'NOT_PROVEN') return { status: 'NOT_PROVEN' };
  if (v.status === 'PROVEN_OPTIMAL') {
    const basis = v.basis;
    return basis === 'NO_LIMIT' || basis === 'LIMIT_NOT_BINDING' || basis === 'BOUND_MET'
      ? { status: 'PROVEN_OPTIMAL', basis }
      : null;
  }
  if (v.status !== 'BOUNDED') return null;
  const [value, bound, gap, maxMoves, moves, boundMoveCost] = [
    v.value,
    v.bound,
    v.gap,
    v.maxMoves,
    v.moves,
    v.boundMoveCost,
  ].map(num);
  if ([value, bound, gap, maxMoves, moves, boundMoveCost].some((x) => x === null)) return null;
  return {
    status: 'BOUNDED',
    value: value!,
    bound: bound!,
    gap: gap!,
    maxMoves: maxMoves!,
    moves: moves!,
    boundMoveCost: boundMoveCost!,
  };
}

function fitWeightsStored(v: unknown): PlanFitWeight[] | null {
  if (!Array.isArray(v)) return null;
  const out: PlanFitWeight[] = [];
  for (const g of v) {
    if (!isObj(g) || !(FIT_GROUPS as readonly unknown[]).includes(g.group) || num(g.percent) === null)
      continue;
    const parts = Array.isArray(g.components) ? g.components : [];
    out.push({
      group: g.group as PlanFitWeight['group'],
      percent: num(g.percent)!,
      components: parts.flatMap((c) =>
        isObj(c) && typeof c.component === 'string' && num(c.percent) !== null
          ? [
              {
                component: c.component as PlanFitWeight['components'][number]['component'],
                percent: num(c.percent)!,
              },
            ]
          : [],
      ),
    });
  }
  return out;
}

/** What a version-1 certificate says about the final solve: `certified`, else its status. */
function heldOf(v: unknown): boolean | null {
  if (!isObj(v)) return null;
  const certified = bool(v.certified) ?? bool(v.holds);
  if (certified !== null) return certified;
  if (v.status === 'OPTIMAL') return true;
  if (v.status === 'NOT_PROVEN') return false;
  return null;
}

/**
 * Reads a stored public summary of any version into the current shape, field by field: what is
 * missing or malformed becomes null (never an error: a proposal keeps the copy it was made with,
 * possibly years ago, or one a client sent). Anything not in the shape is dropped, so nothing but
 * these aggregate fields can reach the public page. Version 1 (before 2026-12) held `criteria` as
 * `[{ code, value }]`, the objectives under `weights` and a `certificate`; its fit weights are taken
 * from the policy version it names, when known.
 * @example readPlanSummary({ criteria: [{ code: 'scope', value: 'WHOLE_CITY' }], weights: { moveCost: 5 } })?.scope?.mode // 'WHOLE_CITY'
 * @example readPlanSummary('garbage') // null
 */
export function readPlanSummary(stored: unknown): PlanPublicSummary | null {
  if (!isObj(stored)) return null;
  const version = num(stored.summaryVersion) ?? 1;
  const legacy = version < 2 ? criteriaOf(stored.criteria) : new Map<string, string>();
  const policyVersion = str(stored.policyVersion) ?? legacy.get('policyVersion') ?? null;
  const known = matchingPolicyOfVersion(policyVersion);
  return {
    summaryVersion: version,
    scenario: str(stored.scenario) ?? legacy.get('scenario') ?? null,
    scope: scopeOf(version < 2 ? undefined : stored.scope, legacy.get('scope')),
    asOf: date(stored.asOf) ?? date(legacy.get('asOf')),
    policyVersion,
    ruleTableVersion: str(stored.ruleTableVersion) ?? legacy.get('ruleTableVersion') ?? null,
    fitWeights: fitWeightsStored(stored.fitWeights) ?? (known ? fitWeightsOf(known) : null),
    objectives: objectivesOf(version < 2 ? stored.weights : stored.objectives),
    optimality: optimalityOfStored(stored.optimality),
    certificateHeld: bool(stored.certificateHeld) ?? heldOf(stored.certificate),
    moveCount: num(stored.moveCount),
  };
}

/** True for a summary stored in an older shape (the transparency page derives it again from the plan once). */
export function summaryIsOutdated(stored: unknown): boolean {
  return isObj(stored) && (num(stored.summaryVersion) ?? 1) < 2;
}
