import { beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, defaultDataset } from '../../demo/test-support.js';
import { preCandidacyWindow } from '../eligibility/election-windows.js';
import { evaluateEligibility } from '../eligibility/evaluate-eligibility.js';
import type { MendagriApproval } from '../eligibility/moves-and-windows.js';
import type { Nip } from '../model/nip.js';
import { inputsFromDataset } from './from-dataset.js';
import type { Post } from './inputs.js';
import { DEFAULT_MATCHING_POLICY } from './policy.js';
import { scoreAllPairs } from './score-all-pairs.js';
import { PAIR_STAY } from './scored-pairs.js';
import { buildContext, d } from './testing/factories.js';
import { syntheticPerformance } from './testing/synthetic-performance.js';

const ctx = buildContext({ asOf: AS_OF });
const policy = DEFAULT_MATCHING_POLICY;
let inputs: ReturnType<typeof inputsFromDataset>;
beforeAll(() => {
  inputs = inputsFromDataset(defaultDataset(), { performance: (e) => syntheticPerformance(e.nip, 2026) });
});

// A post of a health family, or any post of Dinkes, the RSUD or a puskesmas (where a health field
// is at least "related"; core only in health-family posts, see education-relevance.test.ts).
const isHealthPost = (p: Post) =>
  p.position.family.startsWith('HEALTH') ||
  p.unit.opdCode === 'DINKES' ||
  p.unit.lineageKinds.some((k) => k === 'PUSKESMAS' || k === 'RUMAH_SAKIT');

/** The kept moves (not the stay pair) of person e, best first. */
function topMoves(pairs: ReturnType<typeof scoreAllPairs>['pairs'], e: number): number[] {
  const idx: number[] = [];
  for (let i = pairs.rowStart[e]!; i < pairs.rowStart[e + 1]!; i++)
    if (!(pairs.status[i]! & PAIR_STAY)) idx.push(i);
  return idx.sort((a, b) => pairs.scoreUnits[b]! - pairs.scoreUnits[a]!).map((i) => pairs.positionIndex[i]!);
}

describe('demo (seed 1): a graduate outside their profession is matched to it (DOMAIN.md 15.1, 15.5)', () => {
  const professionOf = (p: Post) => p.position.profession;

  it('lists Perawat posts first for the nurse working as a clerk in Dinas Perhubungan', () => {
    const nip = defaultDataset().users.find((u) => u.username === 'pegawai')!.employeeNip!;
    const nurse = inputs.candidates[inputs.candidateIndexByNip.get(nip)!]!;
    expect(nurse.employee.education.map((e) => e.major)).toContain('S1 Keperawatan');
    expect(nurse.career.at(-1)?.opdCode).toBe('DISHUB');
    const { pairs } = scoreAllPairs([nurse], inputs.posts, ctx, policy, { topK: 10 });
    const top = topMoves(pairs, 0).map((p) => inputs.posts[p]!);
    expect(top.length).toBe(10);
    expect(top.slice(0, 3).map(professionOf)).toEqual(['PERAWAT', 'PERAWAT', 'PERAWAT']);
    // No driver, guard or other school-level post among her ten best.
    expect(top.filter((p) => isHealthPost(p)).length).toBeGreaterThanOrEqual(8);
  });

  it('puts a post of their own profession in the top 3 of every health graduate in an administrative post who can hold one', () => {
    const outside = inputs.candidates.filter(
      (c) =>
        c.employee.employmentType === 'PNS' &&
        c.employee.licences.some((l) => l.kind === 'STR') &&
        c.career.at(-1) !== undefined &&
        c.career.at(-1)!.grade.kind === 'PELAKSANA',
    );
    expect(outside.length).toBeGreaterThanOrEqual(5);
    const all = scoreAllPairs(outside, inputs.posts, ctx, policy, { topK: Number.POSITIVE_INFINITY });
    const top3 = scoreAllPairs(outside, inputs.posts, ctx, policy, { topK: 3 });
    let withOpenPost = 0;
    outside.forEach((c, e) => {
      const licensed = new Set(c.employee.licences.map((l) => l.profession));
      const own = (p: Post) => p.position.profession !== null && licensed.has(p.position.profession);
      if (!topMoves(all.pairs, e).some((i) => own(inputs.posts[i]!))) return;
      withOpenPost++;
      expect(topMoves(top3.pairs, e).some((i) => own(inputs.posts[i]!))).toBe(true);
    });
    expect(withOpenPost).toBeGreaterThanOrEqual(5);
  });
});

describe('demo (seed 1): the election-period ban', () => {
  // Candidate pairs set on 2027-01-15: the Pasal 71(2) window runs from 2026-07-15 over AS_OF.
  const window = preCandidacyWindow(d('2027-01-15'), d('2027-06-30'));
  const inWindow = (mendagriApprovals: MendagriApproval[] = []) =>
    buildContext({ asOf: AS_OF, electionWindows: [window], mendagriApprovals });
  const approval = (nips: Nip[], letterDate = '2026-10-20'): MendagriApproval => ({
    letterNo: '100.2.2.6/4521/OTDA',
    letterDate: d(letterDate),
    subject: 'Persetujuan pengangkatan dan pelantikan pejabat pengawas Pemko Sibolga',
    coveredNips: nips,
    coveredPositionIds: [],
  });

  it('blocks a move into a pengawas post with the Pasal 71(2) code until an approval names the NIP', () => {
    const { pairs } = scoreAllPairs(inputs.candidates, inputs.posts, ctx, policy, { topK: 3 });
    let found = -1;
    for (let i = 0; i < pairs.positionIndex.length && found < 0; i++) {
      const post = inputs.posts[pairs.positionIndex[i]!]!;
      if (post.position.grade.kind === 'PENGAWAS' && !(pairs.status[i]! & PAIR_STAY)) found = i;
    }
    expect(found).toBeGreaterThanOrEqual(0);
    const c = inputs.candidates[pairs.employeeIndex[found]!]!;
    const post = inputs.posts[pairs.positionIndex[found]!]!;
    const before = evaluateEligibility(c, post, ctx);
    expect(before.status).not.toBe('BLOCKED');

    const banned = evaluateEligibility(c, post, inWindow());
    expect(banned.status).toBe('BLOCKED');
    expect(banned.blocking.map((b) => b.code)).toEqual(['R-PILKADA-71-2']);
    expect(banned.blocking[0]?.citation.article).toBe('Pasal 71 ayat (2)');

    const other = evaluateEligibility(c, post, inWindow([approval(['199001012015031001' as Nip])]));
    expect(other.status).toBe('BLOCKED');
    const late = evaluateEligibility(c, post, inWindow([approval([c.employee.nip], '2026-11-02')]));
    expect(late.status).toBe('BLOCKED');

    const approved = evaluateEligibility(c, post, inWindow([approval([c.employee.nip])]));
    expect(approved.status).toBe(before.status);
    const rule = approved.results.find((r) => r.code === 'R-PILKADA-71-2');
    expect(rule?.message.en).toContain('100.2.2.6/4521/OTDA');

    const e = inputs.candidates.indexOf(c);
    const p = inputs.posts.indexOf(post);
    const kept = (r: ReturnType<typeof scoreAllPairs>) => Array.from(r.pairs.positionIndex).includes(p);
    const all = Number.POSITIVE_INFINITY;
    expect(
      kept(scoreAllPairs([inputs.candidates[e]!], inputs.posts, inWindow(), policy, { topK: all })),
    ).toBe(false);
    expect(
      kept(
        scoreAllPairs([inputs.candidates[e]!], inputs.posts, inWindow([approval([c.employee.nip])]), policy, {
          topK: all,
        }),
      ),
    ).toBe(true);
  });
});
