import type { LocalDate } from '../../../../src/core/model/local-date';
import { normalizeNip, parseNip } from '../../../../src/core/model/nip';
import { DEFAULT_PLAN_OBJECTIVES } from '../../../../src/core/solver/plan/plan-types';
import type { ScenarioDto, ScenarioInput } from '../../api/use-plans';

/**
 * The editor's fields, flat and named by the server's field paths (`objectives.maxMoves`), so the
 * server's field errors land on the control they name (see lib/form-errors).
 */
export interface ScenarioFormValues {
  name: string;
  description: string;
  'scope.mode': 'WHOLE_CITY' | 'VACANCIES';
  'scope.unitIds': number[];
  'scope.positionIds': number[];
  'scope.nips': string;
  policyVersion: string;
  'objectives.moveCost': number | null;
  'objectives.maxMoves': number | null;
  'objectives.forcedRotationYears': number | null;
  'objectives.rotationPenalty': number | null;
  'objectives.minTenureYears': number | null;
  'objectives.strategicFromTalentPoolOnly': boolean;
  'objectives.talentPoolBoxes': number[];
  'objectives.candidatesPerEmployee': number | null;
  'objectives.allowOverqualifiedMoves': boolean;
}

export const SCENARIO_FIELDS = [
  'name',
  'description',
  'scope.mode',
  'scope.unitIds',
  'scope.positionIds',
  'scope.nips',
  'policyVersion',
  'objectives.moveCost',
  'objectives.maxMoves',
  'objectives.forcedRotationYears',
  'objectives.rotationPenalty',
  'objectives.minTenureYears',
  'objectives.strategicFromTalentPoolOnly',
  'objectives.talentPoolBoxes',
  'objectives.candidatesPerEmployee',
  'objectives.allowOverqualifiedMoves',
] as const;

/** One NIP a line (spaces, dots and dashes inside a NIP are allowed); the lines that are not a valid NIP. */
export function parseNips(text: string): { nips: string[]; bad: string[] } {
  const lines = text
    .split(/[\n,;]+/)
    .map(normalizeNip)
    .filter(Boolean);
  // The server checks NIPs with no date bound; so does the form.
  const valid = (l: string) => parseNip(l, { asOf: '9999-12-31' as LocalDate }).ok;
  return { nips: lines, bad: lines.filter((l) => !valid(l)) };
}

export function toFormValues(s: ScenarioDto | null): ScenarioFormValues {
  const d = DEFAULT_PLAN_OBJECTIVES;
  const o = s?.objectives ?? d;
  return {
    name: s?.name ?? '',
    description: s?.description ?? '',
    'scope.mode': s?.scope.mode ?? 'VACANCIES',
    'scope.unitIds': [...(s?.scope.unitIds ?? [])],
    'scope.positionIds': [...(s?.scope.positionIds ?? [])],
    'scope.nips': (s?.scope.nips ?? []).join('\n'),
    policyVersion: s?.policyVersion ?? '',
    'objectives.moveCost': o.moveCost,
    'objectives.maxMoves': o.maxMoves,
    'objectives.forcedRotationYears': o.forcedRotationYears,
    'objectives.rotationPenalty': o.rotationPenalty ?? d.rotationPenalty ?? 10,
    'objectives.minTenureYears': o.minTenureYears,
    'objectives.strategicFromTalentPoolOnly': o.strategicFromTalentPoolOnly,
    'objectives.talentPoolBoxes': [...o.talentPoolBoxes],
    'objectives.candidatesPerEmployee': o.candidatesPerEmployee ?? 50,
    'objectives.allowOverqualifiedMoves': o.allowOverqualifiedMoves ?? false,
  };
}

/** The request body; the form's own rules have passed, so the lists parse. */
export function toScenarioInput(v: ScenarioFormValues): ScenarioInput {
  const d = DEFAULT_PLAN_OBJECTIVES;
  const policyVersion = v.policyVersion.trim();
  return {
    name: v.name.trim(),
    description: v.description.trim() || null,
    scope: {
      mode: v['scope.mode'],
      unitIds: v['scope.unitIds'],
      positionIds: v['scope.positionIds'],
      nips: parseNips(v['scope.nips']).nips,
    },
    ...(policyVersion ? { policyVersion } : {}),
    objectives: {
      moveCost: v['objectives.moveCost'] ?? d.moveCost,
      maxMoves: v['objectives.maxMoves'],
      forcedRotationYears: v['objectives.forcedRotationYears'],
      rotationPenalty: v['objectives.rotationPenalty'] ?? d.rotationPenalty ?? 10,
      minTenureYears: v['objectives.minTenureYears'],
      strategicFromTalentPoolOnly: v['objectives.strategicFromTalentPoolOnly'],
      talentPoolBoxes: [...v['objectives.talentPoolBoxes']].sort((a, b) => a - b),
      candidatesPerEmployee: v['objectives.candidatesPerEmployee'] ?? d.candidatesPerEmployee ?? 50,
      allowOverqualifiedMoves: v['objectives.allowOverqualifiedMoves'],
    },
  };
}
