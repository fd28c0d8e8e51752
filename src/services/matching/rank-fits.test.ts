import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { loadMatchingWorld, type MatchingWorld } from './matching-world.js';
import { byScore, candidatesOfPost, fitFor, fitsOfCandidate, rankEligiblePairs } from './rank-fits.js';

// The request paths rank through the pruned bulk scorer; this checks they rank exactly as explaining
// every pair would (same people, same order, same scores) on the demo data.
let t: TestApp;
let world: MatchingWorld;

beforeAll(async () => {
  t = await createTestApp();
  const instansiId = (await t.ctx.db.selectFrom('instansi').select('id').executeTakeFirstOrThrow()).id;
  world = await loadMatchingWorld(t.ctx, instansiId);
});
afterAll(() => t.close());

describe('ranking through the pruned bulk scorer', () => {
  it("ranks a post's candidates as explaining every pair does", () => {
    for (const post of world.posts.filter((_, i) => i % 80 === 0)) {
      const { ranked, blockedCount } = candidatesOfPost(world, post);
      const explained = world.candidates.map((c) => fitFor(world, c, post));
      const eligible = explained.filter((f) => f.eligibility.status !== 'BLOCKED').sort(byScore);
      expect(ranked.map((r) => [r.candidate.employee.id, r.scoreUnits])).toEqual(
        eligible.map((f) => [f.employeeId, f.scoreUnits]),
      );
      expect(blockedCount).toBe(explained.length - eligible.length);
    }
  });

  it("ranks a person's posts as explaining every pair does", () => {
    for (const c of world.candidates.filter((_, i) => i % 100 === 0)) {
      const { eligible } = fitsOfCandidate(world, c);
      const ranked = rankEligiblePairs(world, [c], world.posts);
      expect(ranked.map((r) => [r.post.position.id, r.scoreUnits])).toEqual(
        eligible.map((f) => [f.positionId, f.scoreUnits]),
      );
    }
  });
});
