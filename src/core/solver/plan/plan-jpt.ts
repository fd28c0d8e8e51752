import { explainFit, PAIR_STAY, type Post, scoreAllPairs } from '../../matching/index.js';
import type { PositionKind } from '../../model/position.js';
import type { PlanInput, PlanNomination, PlanNominee } from './plan-types.js';

// A plan never fills a JPT post (DOMAIN.md 15.3): JPT posts are filled by open, competitive
// selection (PP 11/2017 Pasal 108-121 as amended; UU 20/2023 keeps merit-based filling and the
// talent pool), where a committee proposes three names to the PPK. So JPT posts and their holders
// stay outside the assignment (`plan-scope.ts`), and for a vacant JPT post in scope the plan names
// the people the selection could start from.

const JPT_KINDS: ReadonlySet<PositionKind> = new Set(['JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA']);

/** Nominees per vacant JPT post: the three names a selection committee proposes to the PPK. */
export const JPT_NOMINEES = 3;

/**
 * True for a post of a JPT kind (utama, madya, pratama).
 * @example isJptPost(kepalaDinas) // true; isJptPost(kepalaBidang) // false (administrator)
 */
export function isJptPost(post: Post): boolean {
  return JPT_KINDS.has(post.position.grade.kind);
}

/**
 * For each vacant JPT post, the `JPT_NOMINEES` best eligible people of the instansi by fit (ties by
 * employee id), scored by the matching engine under the plan's policy and rule table: a blocked pair
 * is never scored, so never nominated; the post's own holders are left out. `plannedPositionId`
 * tells where the plan itself moves a nominee (`movedTo`: employee id -> position id).
 * @example jptNominations(input, [{ post: 4, vacantSeats: 1 }], new Map())[0].nominees.length // <= 3
 */
export function jptNominations(
  input: PlanInput,
  vacancies: readonly { readonly post: number; readonly vacantSeats: number }[],
  movedTo: ReadonlyMap<number, number>,
): PlanNomination[] {
  if (vacancies.length === 0) return [];
  const posts = vacancies.map((v) => input.posts[v.post]!);
  const { pairs } = scoreAllPairs(input.candidates, posts, input.eligibility, input.policy, {
    topK: Number.POSITIVE_INFINITY,
  });
  const ranked = posts.map(() => [] as { candidate: number; units: number }[]);
  for (let c = 0; c < pairs.employees; c++) {
    for (let e = pairs.rowStart[c]!; e < pairs.rowStart[c + 1]!; e++) {
      if (pairs.status[e]! & PAIR_STAY) continue;
      ranked[pairs.positionIndex[e]!]!.push({ candidate: c, units: pairs.scoreUnits[e]! });
    }
  }
  return vacancies.map((v, k) => {
    const post = posts[k]!;
    const id = (c: number) => input.candidates[c]!.employee.id;
    const best = ranked[k]!.sort((a, b) => b.units - a.units || id(a.candidate) - id(b.candidate));
    const nominees: PlanNominee[] = [];
    for (const { candidate } of best) {
      if (nominees.length === JPT_NOMINEES) break;
      const cand = input.candidates[candidate]!;
      const fit = explainFit(cand, post, input.eligibility, input.policy);
      // The bulk scoring keeps only eligible pairs, with explainFit's score; explainFit adds the rule
      // results. Its verdict is checked again so that a blocked person could never be named.
      if (fit.eligibility.status === 'BLOCKED') continue;
      nominees.push({
        employeeId: cand.employee.id,
        nip: cand.employee.nip,
        name: cand.employee.name,
        currentPositionId: cand.employee.currentPositionId,
        fit: fit.score,
        eligibilityStatus: fit.eligibility.status,
        ruleResults: fit.eligibility.results.filter((r) => r.status !== 'PASS'),
        plannedPositionId: movedTo.get(cand.employee.id) ?? null,
      });
    }
    return {
      positionId: post.position.id,
      unitId: post.position.unitId,
      vacantSeats: v.vacantSeats,
      nominees,
    };
  });
}
