import { defineRule, FAIL, MISSING, msg, PASS } from '../rule.js';

/**
 * Not in court proceedings (Perban BKN 5/2019 Pasal 3; DOMAIN.md 1.5 item 5). Personnel records
 * rarely hold this, so "not recorded" is a verdict of its own and the table decides what it means.
 * @example peradilan.check(pairInCourt, ctx, {}) // FAIL
 */
export const peradilan = defineRule({
  code: 'R-PERADILAN',
  title: msg('Tidak sedang dalam proses peradilan', 'Not in court proceedings'),
  postSignature: () => '',
  check: ({ c, isStay }) => {
    if (isStay) return PASS;
    const v = c.candidate.inCourtProceedings;
    return v === true ? FAIL : v === false ? PASS : MISSING;
  },
  explain: ({ c }, _ctx, _params, verdict) => ({
    message:
      verdict === FAIL
        ? msg('Sedang dalam proses peradilan', 'In court proceedings')
        : verdict === MISSING
          ? msg('Status proses peradilan tidak tercatat', 'Court proceedings are not recorded')
          : msg('Tidak sedang dalam proses peradilan', 'Not in court proceedings'),
    evidence: { inCourtProceedings: c.candidate.inCourtProceedings ?? null },
  }),
});
