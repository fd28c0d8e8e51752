import type { RuleCode } from '../../eligibility/codes.js';
import type { EligibilityContext } from '../../eligibility/context.js';
import { outcomeOf } from '../../eligibility/evaluate-eligibility.js';
import { type PostFacts, postFacts } from '../../eligibility/facts/facts.js';
import { RULES } from '../../eligibility/registry.js';
import {
  type EligibilityRule,
  FAIL,
  MISSING,
  type RuleOutcome,
  type Verdict,
} from '../../eligibility/rule.js';
import type { RuleParams } from '../../eligibility/rule-params.js';
import { type RuleSetting, settingOf } from '../../eligibility/rule-table.js';
import { POSITION_KINDS, type PositionKind } from '../../model/position.js';
import type { CompetencyCodes } from '../competency-fit.js';
import type { Post } from '../inputs.js';
import { type CompiledPolicy, compileScorePost, type ScorePost, scoreSignature } from '../score-inputs.js';

/** Outcome codes, ordered so that the worst of several is their maximum. */
export const OUT_PASS = 0;
export const OUT_WARN = 1;
export const OUT_BLOCK = 2;
const CODE: Readonly<Record<RuleOutcome, number>> = { PASS: OUT_PASS, WARN: OUT_WARN, BLOCK: OUT_BLOCK };

/**
 * The outcome code (OUT_*) of a verdict under a setting, for a move into a post of `kind`.
 * @example outcomeCode(FAIL, DEFAULT_RULE_TABLE.rules['R-CPNS'], 'PELAKSANA') // OUT_BLOCK
 */
export function outcomeCode(verdict: Verdict, setting: RuleSetting<unknown>, kind: PositionKind): number {
  return CODE[outcomeOf(verdict, setting, kind)];
}

export interface ActiveRule {
  readonly rule: EligibilityRule;
  readonly setting: RuleSetting<RuleParams[RuleCode]>;
}

/**
 * The posts arranged for the whole-city scoring. A rule group holds posts every active rule sees
 * alike (equal post signatures and kind), so a person's verdicts are checked once per group. Rules
 * whose signature is the same for every post ("constant" rules: who the person is) are checked once
 * per person and folded into one outcome per position kind. Inside a group, posts are batched by
 * score group (posts the score sees alike), so a person's score is computed once per batch and a
 * batch below the person's current top-k is dismissed without visiting its posts.
 */
export interface PostIndex {
  readonly facts: readonly PostFacts[];
  /** Rules whose signature is equal for all posts. */
  readonly constantRules: readonly ActiveRule[];
  /** [kind * constantRules + rule] -> outcome code of a failed / data-missing verdict. */
  readonly constantFail: Uint8Array;
  readonly constantMissing: Uint8Array;
  /** The other rules, checked per rule group. */
  readonly pairRules: readonly ActiveRule[];
  /** Distinct post signatures per pair rule. */
  readonly keyCount: Int32Array;
  readonly groupCount: number;
  /** Index in POSITION_KINDS of each group's kind. */
  readonly groupKind: Uint8Array;
  /** [group * pairRules + rule] -> signature id of that rule. */
  readonly groupKeys: Int32Array;
  /** [group * pairRules + rule] -> outcome code (OUT_*) of a failed / data-missing verdict. */
  readonly failOutcome: Uint8Array;
  readonly missingOutcome: Uint8Array;
  /** Batches of group g: groupBatchStart[g] .. groupBatchStart[g+1]. */
  readonly groupBatchStart: Int32Array;
  /** Score group of each batch; its posts are members[batchStart[b] .. batchStart[b+1]). */
  readonly batchScoreGroup: Int32Array;
  readonly batchStart: Int32Array;
  readonly members: Int32Array;
  /** Rule group and score group of each post. */
  readonly groupOf: Int32Array;
  readonly scoreGroupOf: Int32Array;
  /** The compiled representative of each score group. */
  readonly scorePosts: readonly ScorePost[];
  readonly indexByPositionId: ReadonlyMap<number, number>;
}

function intern(ids: Map<string, number>, key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size;
    ids.set(key, id);
  }
  return id;
}

/**
 * Groups the posts for one context and policy.
 * @example buildPostIndex(posts, ctx, compilePolicy(policy), new CompetencyCodes()).groupCount // 225 for 20,000 posts
 */
export function buildPostIndex(
  posts: readonly Post[],
  ctx: EligibilityContext,
  cp: CompiledPolicy,
  codes: CompetencyCodes,
): PostIndex {
  const facts = posts.map(postFacts);
  const active: ActiveRule[] = [];
  for (const rule of RULES) {
    const setting = settingOf(ctx.ruleTable, rule.code);
    if (setting.severity !== 'OFF') active.push({ rule, setting });
  }
  const P = facts.length;
  const keyIds = active.map(() => new Map<string, number>());
  const keysOf = active.map(() => new Int32Array(P));
  const scoreIds = new Map<string, number>();
  const scoreGroupOf = new Int32Array(P);
  const scorePosts: ScorePost[] = [];
  for (let p = 0; p < P; p++) {
    const pf = facts[p]!;
    active.forEach(({ rule, setting }, r) => {
      keysOf[r]![p] = intern(keyIds[r]!, rule.postSignature(pf, ctx, setting.params));
    });
    const sg = intern(scoreIds, scoreSignature(pf));
    if (sg === scorePosts.length) scorePosts.push(compileScorePost(pf, cp.policy, codes));
    scoreGroupOf[p] = sg;
  }
  const isConstant = keyIds.map((ids) => ids.size <= 1);
  const constantRules = active.filter((_, r) => isConstant[r]);
  const pairIdx = active.map((_, r) => r).filter((r) => !isConstant[r]);
  const pairRules = pairIdx.map((r) => active[r]!);
  const R = pairRules.length;
  const C = constantRules.length;
  const constantFail = new Uint8Array(POSITION_KINDS.length * C);
  const constantMissing = new Uint8Array(POSITION_KINDS.length * C);
  POSITION_KINDS.forEach((kind, k) => {
    constantRules.forEach(({ setting }, r) => {
      constantFail[k * C + r] = outcomeCode(FAIL, setting, kind);
      constantMissing[k * C + r] = outcomeCode(MISSING, setting, kind);
    });
  });

  const groupIds = new Map<string, number>();
  const groupOf = new Int32Array(P);
  for (let p = 0; p < P; p++) {
    groupOf[p] = intern(groupIds, `${facts[p]!.kind}#${pairIdx.map((r) => keysOf[r]![p]).join(',')}`);
  }
  const G = groupIds.size;
  const order = Array.from({ length: P }, (_, i) => i).sort(
    (a, b) => groupOf[a]! - groupOf[b]! || scoreGroupOf[a]! - scoreGroupOf[b]! || a - b,
  );
  const groupKind = new Uint8Array(G);
  const groupKeys = new Int32Array(G * R);
  const failOutcome = new Uint8Array(G * R);
  const missingOutcome = new Uint8Array(G * R);
  const groupBatchStart = new Int32Array(G + 1);
  const batchScoreGroup: number[] = [];
  const batchStart: number[] = [];
  const members = Int32Array.from(order);
  let prevGroup = -1;
  let prevScore = -1;
  order.forEach((p, i) => {
    const g = groupOf[p]!;
    if (g !== prevGroup) {
      const pf = facts[p]!;
      groupKind[g] = POSITION_KINDS.indexOf(pf.kind);
      pairRules.forEach(({ setting }, r) => {
        groupKeys[g * R + r] = keysOf[pairIdx[r]!]![p]!;
        failOutcome[g * R + r] = outcomeCode(FAIL, setting, pf.kind);
        missingOutcome[g * R + r] = outcomeCode(MISSING, setting, pf.kind);
      });
      groupBatchStart[g] = batchStart.length;
      prevGroup = g;
      prevScore = -1;
    }
    if (scoreGroupOf[p] !== prevScore) {
      prevScore = scoreGroupOf[p]!;
      batchScoreGroup.push(prevScore);
      batchStart.push(i);
    }
  });
  groupBatchStart[G] = batchStart.length;
  batchStart.push(P);
  return {
    facts,
    constantRules,
    constantFail,
    constantMissing,
    pairRules,
    keyCount: Int32Array.from(pairIdx, (r) => keyIds[r]!.size),
    groupCount: G,
    groupKind,
    groupKeys,
    failOutcome,
    missingOutcome,
    groupBatchStart,
    batchScoreGroup: Int32Array.from(batchScoreGroup),
    batchStart: Int32Array.from(batchStart),
    members,
    groupOf,
    scoreGroupOf,
    scorePosts,
    indexByPositionId: new Map(facts.map((f, i) => [f.positionId, i])),
  };
}
