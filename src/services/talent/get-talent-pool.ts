import type { Principal } from '../../core/policies/roles.js';
import type { AppContext } from '../app-context.js';
import type { PersonResult } from '../evaluation/period-results.js';
import { scopedResults, type TalentQuery } from './talent-scope.js';

/**
 * The talent pool of a period: the people in the policy's pool boxes (7, 8, 9 by default), best
 * box and index first, and, apart, those whose box qualifies but who are kept out (a medium or heavy
 * penalty in the look-back window), with the reason.
 */
export async function getTalentPool(ctx: AppContext, principal: Principal, query: TalentQuery) {
  const scoped = await scopedResults(ctx, principal, query);
  const boxes = scoped.policy.policy.talentPool.boxes;
  const order = (a: PersonResult, b: PersonResult) =>
    (b.result.box ?? 0) - (a.result.box ?? 0) ||
    b.result.index - a.result.index ||
    a.name.localeCompare(b.name);
  const inBox = scoped.people.filter((p) => p.result.box !== null && boxes.includes(p.result.box));
  return {
    period: scoped.period,
    policyVersion: scoped.policy.version,
    live: scoped.live,
    boxes,
    members: inBox.filter((p) => p.result.pool.member).sort(order),
    excluded: inBox.filter((p) => !p.result.pool.member).sort(order),
  };
}
