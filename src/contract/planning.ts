import { z } from 'zod';
import { DEFAULT_PLAN_OBJECTIVES } from '../core/solver/plan/plan-types.js';
import { actionList, localizedMessage } from './common.js';
import { localDateField, nipField } from './field-rules.js';

const ids = z.array(z.number().int().positive()).max(5000);
const years = z.number().min(0).max(40);
const d = DEFAULT_PLAN_OBJECTIVES;

/** What a plan covers: a whole-city re-arrangement or one round of vacancies, optionally narrowed. */
export const planScope = z.object({
  mode: z.enum(['WHOLE_CITY', 'VACANCIES']),
  unitIds: ids.default([]),
  positionIds: ids.default([]),
  nips: z.array(nipField).max(5000).default([]),
});

/** The scenario's objectives; omitted fields take the documented defaults (DOMAIN.md 1.2, 7.1). */
export const planObjectives = z.object({
  moveCost: z.number().min(0).max(100).default(d.moveCost),
  maxMoves: z.number().int().min(0).max(100_000).nullable().default(d.maxMoves),
  forcedRotationYears: years.nullable().default(d.forcedRotationYears),
  rotationPenalty: z
    .number()
    .min(0)
    .max(100)
    .default(d.rotationPenalty ?? 10),
  minTenureYears: years.nullable().default(d.minTenureYears),
  strategicFromTalentPoolOnly: z.boolean().default(d.strategicFromTalentPoolOnly),
  talentPoolBoxes: z
    .array(z.number().int().min(1).max(9))
    .min(1)
    .max(9)
    .default([...d.talentPoolBoxes]),
  candidatesPerEmployee: z
    .number()
    .int()
    .min(1)
    .max(500)
    .default(d.candidatesPerEmployee ?? 50),
  allowOverqualifiedMoves: z.boolean().default(d.allowOverqualifiedMoves ?? false),
});

/** Body of POST /api/scenarios. */
export const scenarioCreateRequest = z.object({
  name: z.string().trim().min(3).max(120),
  description: z.string().trim().max(2000).nullable().default(null),
  scope: planScope,
  /** Matching policy version; default the one in force. */
  policyVersion: z.string().min(1).max(60).optional(),
  objectives: planObjectives.default(planObjectives.parse({})),
});
export type ScenarioCreateRequest = z.infer<typeof scenarioCreateRequest>;

/** Body of PUT /api/scenarios/:id: the whole new definition and the version it was edited from. */
export const scenarioUpdateRequest = scenarioCreateRequest.extend({
  version: z.number().int().min(1),
});
export type ScenarioUpdateRequest = z.infer<typeof scenarioUpdateRequest>;

export const scenarioVersionQuery = z.object({ version: z.coerce.number().int().min(1).optional() });

const scopeDto = z.object({
  mode: z.enum(['WHOLE_CITY', 'VACANCIES']),
  unitIds: z.array(z.number().int()),
  positionIds: z.array(z.number().int()),
  nips: z.array(z.string()),
});
const objectivesDto = z.object({
  moveCost: z.number(),
  maxMoves: z.number().int().nullable(),
  forcedRotationYears: z.number().nullable(),
  rotationPenalty: z.number(),
  minTenureYears: z.number().nullable(),
  strategicFromTalentPoolOnly: z.boolean(),
  talentPoolBoxes: z.array(z.number().int()),
  candidatesPerEmployee: z.number().int(),
  allowOverqualifiedMoves: z.boolean(),
});

export const scenarioDto = z.object({
  id: z.number().int(),
  version: z.number().int(),
  currentVersion: z.number().int(),
  name: z.string(),
  description: z.string().nullable(),
  scope: scopeDto,
  policyVersion: z.string(),
  objectives: objectivesDto,
  savedAt: z.string(),
  savedByUserId: z.number().int().nullable(),
});
export type ScenarioDto = z.infer<typeof scenarioDto>;

export const scenarioResponse = scenarioDto.extend({ actions: actionList });
export type ScenarioResponse = z.infer<typeof scenarioResponse>;

export const scenarioListResponse = z.object({ items: z.array(scenarioDto), actions: actionList });
export type ScenarioListResponse = z.infer<typeof scenarioListResponse>;

export const scenarioVersionsResponse = z.object({ items: z.array(scenarioDto), actions: actionList });

/** Body of POST /api/scenarios/:id/runs. */
export const planRunRequest = z.object({
  /** Date of the planned moves (tenures are measured on it); default today. */
  asOf: localDateField.optional(),
  /** Scenario version to run; default the current one. */
  version: z.number().int().min(1).optional(),
});

export const PLAN_RUN_STATES = [
  'QUEUED',
  'RUNNING',
  'SUCCEEDED',
  'INFEASIBLE',
  'FAILED',
  'CANCELLED',
] as const;

export const planRunDto = z.object({
  id: z.number().int(),
  scenarioId: z.number().int(),
  scenarioVersion: z.number().int(),
  scenarioName: z.string(),
  /** The plan version within its scenario: 1, 2, 3, ... */
  planVersion: z.number().int(),
  asOf: z.string(),
  state: z.enum(PLAN_RUN_STATES),
  progress: z.object({
    phase: z.string().nullable(),
    done: z.number().int(),
    total: z.number().int(),
  }),
  cancelRequested: z.boolean(),
  requestedAt: z.string(),
  requestedByUserId: z.number().int().nullable(),
  /** Who started the run (null: nobody by hand, e.g. a seeded run). */
  requestedByName: z.string().nullable(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  /** Every solve's certificate held; null until the plan exists. */
  certified: z.boolean().nullable(),
  moves: z.number().int().nullable(),
  error: z.object({ code: z.string(), message: localizedMessage }).nullable(),
});
export type PlanRunDto = z.infer<typeof planRunDto>;

export const planRunResponse = planRunDto.extend({ actions: actionList });
export type PlanRunResponse = z.infer<typeof planRunResponse>;

export const planRunListQuery = z.object({ scenarioId: z.coerce.number().int().positive().optional() });
export const planRunListResponse = z.object({ items: z.array(planRunDto), actions: actionList });
export type PlanRunListResponse = z.infer<typeof planRunListResponse>;
