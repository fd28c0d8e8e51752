import { z } from 'zod';
import { SCORE_COMPONENTS } from '../core/matching/policy.js';
import { POSITION_FAMILIES, POSITION_KINDS } from '../core/model/position.js';
import { actionList, localizedMessage } from './common.js';

/** `?top=N` (1-100, default 10) and, for a person's matches, `includeBlocked=true`. */
export const matchesQuery = z.object({
  top: z.coerce.number().int().min(1).max(100).default(10),
  includeBlocked: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});
export const candidatesQuery = z.object({ top: z.coerce.number().int().min(1).max(100).default(10) });
export const matchParams = z.object({ nip: z.string(), positionId: z.coerce.number().int().positive() });

/** One eligibility rule's result: outcome, code, message in both languages and the article cited. */
export const ruleResultDto = z.object({
  code: z.string(),
  status: z.enum(['PASS', 'WARN', 'BLOCK']),
  title: localizedMessage,
  message: localizedMessage,
  citation: z.object({
    regulation: z.string(),
    article: z.string(),
    tag: z.string(),
    note: z.string().nullable(),
  }),
  noData: z.boolean(),
  evidence: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  remedy: localizedMessage.nullable(),
});
export type RuleResultDto = z.infer<typeof ruleResultDto>;

/** One score component: value 0-100, weight, share of all weights, points added, and why. */
export const componentDto = z.object({
  component: z.enum(SCORE_COMPONENTS),
  label: localizedMessage,
  value: z.number(),
  weight: z.number(),
  share: z.number(),
  contribution: z.number(),
  noData: z.boolean(),
  reason: localizedMessage,
});
export type ComponentDto = z.infer<typeof componentDto>;

export const eligibilityStatus = z.enum(['ELIGIBLE', 'ELIGIBLE_WITH_WARNINGS', 'BLOCKED']);

/** A post with one person's score for it (a row of a person's matches). */
export const matchItem = z.object({
  positionId: z.number().int(),
  positionCode: z.string(),
  positionName: z.string(),
  kind: z.enum(POSITION_KINDS),
  family: z.enum(POSITION_FAMILIES),
  unitId: z.number().int(),
  unitName: z.string(),
  score: z.number(),
  status: eligibilityStatus,
  isStay: z.boolean(),
  noData: z.array(z.enum(SCORE_COMPONENTS)),
  components: z.array(componentDto),
  blocking: z.array(ruleResultDto),
  warnings: z.array(ruleResultDto),
});
export type MatchItemDto = z.infer<typeof matchItem>;

const versions = {
  asOf: z.string(),
  policyVersion: z.string(),
  ruleTableVersion: z.string(),
};

export const employeeMatchesResponse = z.object({
  nip: z.string(),
  name: z.string(),
  ...versions,
  current: matchItem.nullable(),
  matches: z.array(matchItem),
  eligibleCount: z.number().int(),
  blocked: z.array(matchItem).nullable(),
  blockedCount: z.number().int(),
  actions: actionList,
});
export type EmployeeMatchesDto = z.infer<typeof employeeMatchesResponse>;

export const candidateItem = z.object({
  rank: z.number().int(),
  nip: z.string(),
  name: z.string(),
  golongan: z.string().nullable(),
  currentPositionName: z.string().nullable(),
  currentUnitName: z.string().nullable(),
  score: z.number(),
  status: eligibilityStatus,
  isStay: z.boolean(),
  noData: z.array(z.enum(SCORE_COMPONENTS)),
  /** Codes of the WARN rules (kept for older clients); `warningRules` carries them in full. */
  warnings: z.array(z.string()),
  components: z.array(componentDto),
  warningRules: z.array(ruleResultDto),
});
export type CandidateItemDto = z.infer<typeof candidateItem>;

export const positionCandidatesResponse = z.object({
  positionId: z.number().int(),
  positionName: z.string(),
  unitName: z.string(),
  ...versions,
  candidates: z.array(candidateItem),
  eligibleCount: z.number().int(),
  blockedCount: z.number().int(),
  hiddenCount: z.number().int(),
  actions: actionList,
});
export type PositionCandidatesDto = z.infer<typeof positionCandidatesResponse>;

export const componentGapDto = z.object({
  component: z.enum(SCORE_COMPONENTS),
  label: localizedMessage,
  candidate: z.number(),
  recommended: z.number(),
  difference: z.number(),
  candidateNoData: z.boolean(),
  recommendedNoData: z.boolean(),
});

/** "Why not": the blocking rules, or the score gap to the best-ranked candidate for the post. */
export const whyNotDto = z.object({
  kind: z.enum(['IS_RECOMMENDED', 'BLOCKED', 'NO_RECOMMENDATION', 'LOWER_SCORE', 'NOT_BY_SCORE']),
  message: localizedMessage,
  blocking: z.array(ruleResultDto),
  candidateScore: z.number().nullable(),
  recommendedScore: z.number().nullable(),
  gap: z.number().nullable(),
  components: z.array(componentGapDto),
  /** The best-ranked candidate, named only to callers who may see their matches. */
  recommended: z.object({ nip: z.string(), name: z.string() }).nullable(),
});

export const matchExplanationResponse = z.object({
  nip: z.string(),
  name: z.string(),
  ...versions,
  relevanceVersion: z.number(),
  position: matchItem.omit({
    components: true,
    blocking: true,
    warnings: true,
    noData: true,
    score: true,
    status: true,
    isStay: true,
  }),
  score: z.number(),
  isStay: z.boolean(),
  components: z.array(componentDto),
  noData: z.array(z.enum(SCORE_COMPONENTS)),
  eligibility: z.object({ status: eligibilityStatus, results: z.array(ruleResultDto) }),
  rank: z.number().int().nullable(),
  eligibleCount: z.number().int(),
  whyNot: whyNotDto,
  actions: actionList,
});
export type MatchExplanationDto = z.infer<typeof matchExplanationResponse>;
