import { defineRule, msg } from '../rule.js';
import { electionCheck, electionExplain, electionSignature } from './election-ban.js';

/**
 * From 6 months before the candidate pairs are set until the end of the term, the regional head may
 * not replace officials without the written approval of the Minister of Home Affairs (UU 10/2016
 * Pasal 71 ayat (2); DOMAIN.md 9). Blocks moves into or out of posts in scope (JPT, administrator,
 * pengawas, JF with a tugas tambahan by default) unless an approval names the person or the post.
 * @example pilkada712.check(pairInsideWindow, ctxWithoutApproval, params) // FAIL
 */
export const pilkada712 = defineRule({
  code: 'R-PILKADA-71-2',
  title: msg(
    'Larangan penggantian pejabat menjelang penetapan paslon',
    'Ban on replacing officials before the candidate pairs are set',
  ),
  postSignature: (p, ctx, params) => electionSignature(p, ctx, 'PRA_PENETAPAN_PASLON', params),
  check: (pair, ctx, params) => electionCheck(pair, ctx, 'PRA_PENETAPAN_PASLON', params),
  explain: (pair, ctx, params, verdict) =>
    electionExplain(pair, ctx, 'PRA_PENETAPAN_PASLON', params, verdict),
});
