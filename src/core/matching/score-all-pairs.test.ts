import { beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, defaultDataset } from '../../demo/test-support.js';
import { buildPostIndex } from './bulk/post-index.js';
import { CompetencyCodes } from './competency-fit.js';
import { explainFit } from './explain-fit.js';
import { inputsFromDataset } from './from-dataset.js';
import { DEFAULT_MATCHING_POLICY } from './policy.js';
import { scoreAllPairs } from './score-all-pairs.js';
import { compilePolicy } from './score-inputs.js';
import { PAIR_NO_DATA, PAIR_STAY, PAIR_WARN, type ScoredPairs, type ScoringStats } from './scored-pairs.js';
import { buildContext } from './testing/factories.js';
import { syntheticPerformance } from './testing/synthetic-performance.js';

const ctx = buildContext({ asOf: AS_OF });
const policy = DEFAULT_MATCHING_POLICY;
let inputs: ReturnType<typeof inputsFromDataset>;
let all: { pairs: ScoredPairs; stats: ScoringStats };

beforeAll(() => {
  inputs = inputsFromDataset(defaultDataset(), { performance: (e) => syntheticPerformance(e.nip, 2026) });
  all = scoreAllPairs(inputs.candidates, inputs.posts, ctx, policy, { topK: Number.POSITIVE_INFINITY });
});

const row = (pairs: ScoredPairs, e: number) =>
  Array.from({ length: pairs.rowStart[e + 1]! - pairs.rowStart[e]! }, (_, i) => pairs.rowStart[e]! + i);

describe('scoreAllPairs on the Sibolga demo (2,500 people)', () => {
  it('returns CSR rows with posts ascending and accounts for every pair', () => {
    const { pairs, stats } = all;
    expect(pairs.rowStart.length).toBe(inputs.candidates.length + 1);
    let broken = 0;
    for (let e = 0; e < inputs.candidates.length; e++) {
      for (let i = pairs.rowStart[e]!; i < pairs.rowStart[e + 1]!; i++) {
        if (pairs.employeeIndex[i] !== e) broken++;
        if (i > pairs.rowStart[e]! && pairs.positionIndex[i]! <= pairs.positionIndex[i - 1]!) broken++;
      }
    }
    expect(broken).toBe(0);
    expect(stats.pairsPruned + stats.pairsScored).toBe(stats.pairsConsidered);
    expect(stats.pairsKept).toBe(stats.pairsScored);
    expect(stats.pairsPruned / stats.pairsConsidered).toBeGreaterThan(0.5);
  });

  it('gives every kept pair the score and status explainFit gives it', () => {
    const { pairs } = all;
    for (let i = 0; i < pairs.positionIndex.length; i += 211) {
      const fit = explainFit(
        inputs.candidates[pairs.employeeIndex[i]!]!,
        inputs.posts[pairs.positionIndex[i]!]!,
        ctx,
        policy,
      );
      expect(fit.score).toBe(pairs.score[i]);
      expect(fit.scoreUnits).toBe(pairs.scoreUnits[i]);
      expect(fit.eligibility.status).not.toBe('BLOCKED');
      expect((pairs.status[i]! & PAIR_WARN) !== 0).toBe(fit.eligibility.status === 'ELIGIBLE_WITH_WARNINGS');
      expect((pairs.status[i]! & PAIR_STAY) !== 0).toBe(fit.isStay);
      expect((pairs.status[i]! & PAIR_NO_DATA) !== 0).toBe(fit.noData.length > 0);
    }
  });

  it('leaves out only pairs a rule blocks', () => {
    const kept = new Set<number>();
    const P = inputs.posts.length;
    for (let i = 0; i < all.pairs.positionIndex.length; i++)
      kept.add(all.pairs.employeeIndex[i]! * P + all.pairs.positionIndex[i]!);
    let checked = 0;
    for (let s = 1; checked < 1200; s++) {
      const e = (s * 7919) % inputs.candidates.length;
      const p = (s * 104_729) % P;
      if (kept.has(e * P + p)) continue;
      checked++;
      expect(explainFit(inputs.candidates[e]!, inputs.posts[p]!, ctx, policy).eligibility.status).toBe(
        'BLOCKED',
      );
    }
  });

  it('keeps the k best posts per person, plus the current post, the same on every run', () => {
    const some = inputs.candidates.slice(0, 700);
    const top = scoreAllPairs(some, inputs.posts, ctx, policy, { topK: 5 });
    const again = scoreAllPairs(some, inputs.posts, ctx, policy, { topK: 5 });
    expect(again.pairs.positionIndex).toEqual(top.pairs.positionIndex);
    const wrong: number[] = [];
    for (let e = 0; e < some.length; e++) {
      const full = row(all.pairs, e).filter((i) => !(all.pairs.status[i]! & PAIR_STAY));
      const mine = row(top.pairs, e);
      const moves = mine.filter((i) => !(top.pairs.status[i]! & PAIR_STAY));
      const keptPosts = new Set(moves.map((i) => top.pairs.positionIndex[i]));
      const floor = Math.min(...moves.map((i) => top.pairs.scoreUnits[i]!));
      const beaten = full.some(
        (i) => !keptPosts.has(all.pairs.positionIndex[i]) && all.pairs.scoreUnits[i]! > floor,
      );
      const stays = mine.length - moves.length === row(all.pairs, e).length - full.length;
      if (moves.length !== Math.min(5, full.length) || beaten || !stays) wrong.push(e);
    }
    expect(wrong).toEqual([]);
  });

  it('scores the posts a person named by their own preference value, and the rest as before', () => {
    const moves = (e: number) => row(all.pairs, e).filter((j) => !(all.pairs.status[j]! & PAIR_STAY));
    // Name the first post of a batch of alike posts: it must not stand in for the batch's score.
    const ix = buildPostIndex(inputs.posts, ctx, compilePolicy(policy), new CompetencyCodes());
    const opens = new Set<number>();
    for (let b = 0; b + 1 < ix.batchStart.length; b++) {
      if (ix.batchStart[b + 1]! - ix.batchStart[b]! >= 3) opens.add(ix.members[ix.batchStart[b]!]!);
    }
    const e = inputs.candidates.findIndex((_, k) =>
      moves(k).some((j) => opens.has(all.pairs.positionIndex[j]!)),
    );
    const namedPosts = moves(e)
      .map((j) => all.pairs.positionIndex[j]!)
      .filter((p) => opens.has(p))
      .slice(0, 3);
    const c = inputs.candidates[e]!;
    const ids = namedPosts.map((p) => inputs.posts[p]!.position.id);
    const named = { ...c, preference: { statedOn: AS_OF, positionIds: ids, opdCodes: [], families: [] } };
    const one = scoreAllPairs([named], inputs.posts, ctx, policy, { topK: Number.POSITIVE_INFINITY });
    expect(one.stats.pairsScored).toBe(row(all.pairs, e).length);
    const wrong = row(one.pairs, 0).filter(
      (k) =>
        one.pairs.score[k] !==
        explainFit(named, inputs.posts[one.pairs.positionIndex[k]!]!, ctx, policy).score,
    );
    expect(wrong).toEqual([]);
    for (const p of namedPosts) {
      const k = row(one.pairs, 0).find((x) => one.pairs.positionIndex[x] === p)!;
      const before = moves(e).find((x) => all.pairs.positionIndex[x] === p)!;
      expect(one.pairs.score[k]).toBeGreaterThan(all.pairs.score[before]!);
    }
  });
});
