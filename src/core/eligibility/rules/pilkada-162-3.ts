import { defineRule, msg } from '../rule.js';
import { electionCheck, electionExplain, electionSignature } from './election-ban.js';

/**
 * Within 6 months of their inauguration a new regional head may replace officials only with the
 * Minister of Home Affairs' prior written approval (UU 10/2016 Pasal 162 ayat (3); DOMAIN.md 9).
 * Same scope and approval logic as Pasal 71(2).
 * @example pilkada1623.check(pairThreeMonthsAfterInauguration, ctxWithoutApproval, params) // FAIL
 */
export const pilkada1623 = defineRule({
  code: 'R-PILKADA-162-3',
  title: msg(
    'Penggantian pejabat 6 bulan setelah pelantikan kepala daerah',
    "Replacing officials in the 6 months after the head's inauguration",
  ),
  postSignature: (p, ctx, params) => electionSignature(p, ctx, 'PASCA_PELANTIKAN', params),
  check: (pair, ctx, params) => electionCheck(pair, ctx, 'PASCA_PELANTIKAN', params),
  explain: (pair, ctx, params, verdict) => electionExplain(pair, ctx, 'PASCA_PELANTIKAN', params, verdict),
});
