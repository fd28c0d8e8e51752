import type { EligibilityContext } from '../eligibility/context.js';
import { type CandidateFacts, candidateFacts, type PairFacts } from '../eligibility/facts/facts.js';
import { FAIL, MISSING } from '../eligibility/rule.js';
import { PairBuffer } from './bulk/pair-buffer.js';
import {
  buildPostIndex,
  OUT_BLOCK,
  OUT_PASS,
  OUT_WARN,
  outcomeCode,
  type PostIndex,
} from './bulk/post-index.js';
import { RowSelection } from './bulk/row-selection.js';
import { CompetencyCodes } from './competency-fit.js';
import type { Candidate, Post } from './inputs.js';
import type { MatchingPolicy } from './policy.js';
import { scoreUnits } from './score-aggregate.js';
import { compileCandidate, compilePolicy, type ScoreCandidate } from './score-inputs.js';
import { COMPONENT_COUNT, componentValues } from './score-kernel.js';
import {
  PAIR_NO_DATA,
  PAIR_STAY,
  PAIR_WARN,
  type ScoreAllPairsOptions,
  type ScoredPairs,
  type ScoringStats,
} from './scored-pairs.js';

// Ties at the top-k cut are settled by a hash of the pair, so people with equal scores for many
// alike posts (300 schools) spread over them instead of all keeping the same first k.
function tieBreak(e: number, p: number): number {
  let h = Math.imul(p + 1, 0x9e3779b1) ^ Math.imul(e + 1, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 0;
}

/** Per-person memo of rule verdicts (by rule and post signature) and scores (by score group). */
class Memo {
  readonly verdict: Int8Array[];
  readonly verdictGen: Int32Array[];
  readonly score: Int32Array;
  readonly scoreGen: Int32Array;
  readonly constantByKind: Uint8Array;

  constructor(ix: PostIndex) {
    this.verdict = Array.from(ix.keyCount, (n) => new Int8Array(n));
    this.verdictGen = Array.from(ix.keyCount, (n) => new Int32Array(n));
    this.score = new Int32Array(ix.scorePosts.length);
    this.scoreGen = new Int32Array(ix.scorePosts.length);
    this.constantByKind = new Uint8Array(ix.constantFail.length / Math.max(ix.constantRules.length, 1));
  }
}

/**
 * Scores every eligible (person, post) pair of a whole instansi on one date and keeps the best
 * `topK` posts per person (and their current post) for the assignment solver. Cheap blocking rules
 * prune group-wise: a rule is checked once per person and post signature (e.g. once for all posts
 * asking for S1 nursing) and a blocked group of posts is never visited; a score is computed once per
 * person and group of alike posts, and groups below the person's top-k cut are never opened. Every
 * kept pair has exactly the score and the status `explainFit` gives it.
 * @example
 *   const { pairs, stats } = scoreAllPairs(candidates, posts, ctx, DEFAULT_MATCHING_POLICY, { topK: 30 });
 *   stats.pairsPruned / stats.pairsConsidered; // the share pruned before scoring
 */
export function scoreAllPairs(
  candidates: readonly Candidate[],
  posts: readonly Post[],
  ctx: EligibilityContext,
  policy: MatchingPolicy,
  options: ScoreAllPairsOptions = {},
): { pairs: ScoredPairs; stats: ScoringStats } {
  const cp = compilePolicy(policy);
  const codes = new CompetencyCodes();
  const ix = buildPostIndex(posts, ctx, cp, codes);
  const E = candidates.length;
  const k = Math.min(options.topK ?? 50, posts.length);
  const memo = new Memo(ix);
  const row = new RowSelection();
  const out = new PairBuffer(Math.min(E * (Math.min(k, 64) + 1), 1 << 22));
  const values = new Float64Array(COMPONENT_COUNT);
  const n = { ruleChecks: 0, scoreComputations: 0, pruned: 0, scored: 0 };

  // A score packed as units * 2 + (some component without data). The score group's compiled post
  // stands in for p; p's own facts are swapped in when its id matters (a named post, the stay pair).
  const scoreOf = (sc: ScoreCandidate, p: number, exact: boolean): number => {
    const rep = ix.scorePosts[ix.scoreGroupOf[p]!]!;
    const sp = exact && rep.facts !== ix.facts[p] ? { ...rep, facts: ix.facts[p]! } : rep;
    const noData = componentValues(sc, sp, cp, values);
    n.scoreComputations++;
    return scoreUnits(values, cp.weights, cp.weightSum) * 2 + (noData !== 0 ? 1 : 0);
  };

  for (let e = 0; e < E; e++) {
    const gen = e + 1;
    const cf = candidateFacts(candidates[e]!, ctx.asOf);
    const sc = compileCandidate(cf, policy, codes);
    const named = sc.preference?.positionIds ?? [];
    const isNamed = (p: number) => named.length > 0 && named.includes(ix.facts[p]!.positionId);
    const stay = cf.currentPositionId === null ? -1 : (ix.indexByPositionId.get(cf.currentPositionId) ?? -1);
    const excluded = (p: number) => p === stay || isNamed(p);
    n.ruleChecks += foldConstantRules(ix, cf, ctx, memo.constantByKind);
    row.clear();
    for (let g = 0; g < ix.groupCount; g++) {
      const outcome = groupOutcome(ix, memo, g, gen, cf, ctx, n);
      const b0 = ix.groupBatchStart[g]!;
      const b1 = ix.groupBatchStart[g + 1]!;
      if (outcome === OUT_BLOCK) {
        n.pruned += ix.batchStart[b1]! - ix.batchStart[b0]! - (stay >= 0 && ix.groupOf[stay] === g ? 1 : 0);
        continue;
      }
      const flags = outcome === OUT_WARN ? PAIR_WARN : 0;
      for (let b = b0; b < b1; b++) {
        const sg = ix.batchScoreGroup[b]!;
        const m0 = ix.batchStart[b]!;
        const m1 = ix.batchStart[b + 1]!;
        let count = m1 - m0;
        if (stay >= 0 && ix.scoreGroupOf[stay] === sg && ix.groupOf[stay] === g) count--;
        if (named.length > 0) {
          for (let m = m0; m < m1; m++) {
            const p = ix.members[m]!;
            if (p === stay || !isNamed(p)) continue;
            const own = scoreOf(sc, p, true);
            row.addSingle(p, own >> 1, flags | (own & 1 ? PAIR_NO_DATA : 0));
            n.scored++;
            count--;
          }
        }
        if (count <= 0) continue;
        if (memo.scoreGen[sg] !== gen) {
          // The group's score is that of its posts the person did not name.
          let ref = m0;
          while (named.length > 0 && isNamed(ix.members[ref]!)) ref++;
          memo.score[sg] = scoreOf(sc, ix.members[ref]!, named.length > 0);
          memo.scoreGen[sg] = gen;
        }
        const packed = memo.score[sg]!;
        row.addBatch(b, packed >> 1, flags | (packed & 1 ? PAIR_NO_DATA : 0), count);
        n.scored += count;
      }
    }
    row.select(
      k,
      ix.members,
      ix.batchStart,
      excluded,
      (p) => tieBreak(e, p),
      (p, u, f) => out.push(p, u, f),
    );
    if (stay >= 0) {
      const r = stayOutcome(ix, cf, stay, ctx);
      if (r === OUT_BLOCK) n.pruned++;
      else {
        const packed = scoreOf(sc, stay, true);
        out.push(
          stay,
          packed >> 1,
          PAIR_STAY | (r === OUT_WARN ? PAIR_WARN : 0) | (packed & 1 ? PAIR_NO_DATA : 0),
        );
        n.scored++;
      }
    }
    out.endRow(e);
    if (options.onProgress && ((e + 1) % 1024 === 0 || e + 1 === E)) options.onProgress(e + 1, E);
  }
  const pairs = out.finish(E, posts.length);
  return {
    pairs,
    stats: {
      pairsConsidered: E * posts.length,
      pairsPruned: n.pruned,
      pairsScored: n.scored,
      pairsKept: pairs.positionIndex.length,
      ruleGroups: ix.groupCount,
      scoreGroups: ix.scorePosts.length,
      ruleChecks: n.ruleChecks,
      scoreComputations: n.scoreComputations,
    },
  };
}

/** Checks the constant rules once and writes the worst outcome per position kind; returns the checks run. */
function foldConstantRules(
  ix: PostIndex,
  cf: CandidateFacts,
  ctx: EligibilityContext,
  byKind: Uint8Array,
): number {
  byKind.fill(OUT_PASS);
  const C = ix.constantRules.length;
  if (C === 0 || ix.facts.length === 0) return 0;
  const pair: PairFacts = { c: cf, p: ix.facts[0]!, isStay: false };
  for (let r = 0; r < C; r++) {
    const { rule, setting } = ix.constantRules[r]!;
    const v = rule.check(pair, ctx, setting.params);
    if (v !== FAIL && v !== MISSING) continue;
    const table = v === FAIL ? ix.constantFail : ix.constantMissing;
    for (let kind = 0; kind < byKind.length; kind++) {
      const o = table[kind * C + r]!;
      if (o > byKind[kind]!) byKind[kind] = o;
    }
  }
  return C;
}

/** The worst outcome of all rules for the posts of group g (pair rules checked at most once per signature). */
function groupOutcome(
  ix: PostIndex,
  memo: Memo,
  g: number,
  gen: number,
  cf: CandidateFacts,
  ctx: EligibilityContext,
  n: { ruleChecks: number },
): number {
  const R = ix.pairRules.length;
  let outcome = memo.constantByKind[ix.groupKind[g]!]!;
  for (let r = 0; r < R && outcome !== OUT_BLOCK; r++) {
    const key = ix.groupKeys[g * R + r]!;
    const verdicts = memo.verdict[r]!;
    if (memo.verdictGen[r]![key] !== gen) {
      const { rule, setting } = ix.pairRules[r]!;
      const pair: PairFacts = {
        c: cf,
        p: ix.facts[ix.members[ix.batchStart[ix.groupBatchStart[g]!]!]!]!,
        isStay: false,
      };
      verdicts[key] = rule.check(pair, ctx, setting.params);
      memo.verdictGen[r]![key] = gen;
      n.ruleChecks++;
    }
    const v = verdicts[key]!;
    const o =
      v === FAIL ? ix.failOutcome[g * R + r]! : v === MISSING ? ix.missingOutcome[g * R + r]! : OUT_PASS;
    if (o > outcome) outcome = o;
  }
  return outcome;
}

/** The stay pair is checked rule by rule on its own (move rules pass, the 5-year flag speaks). */
function stayOutcome(ix: PostIndex, cf: CandidateFacts, stay: number, ctx: EligibilityContext): number {
  const pair: PairFacts = { c: cf, p: ix.facts[stay]!, isStay: true };
  let worst = OUT_PASS;
  for (const { rule, setting } of [...ix.constantRules, ...ix.pairRules]) {
    const o = outcomeCode(rule.check(pair, ctx, setting.params), setting, pair.p.kind);
    if (o > worst) worst = o;
  }
  return worst;
}
