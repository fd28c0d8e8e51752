import { PREDIKAT_LABELS } from '../../appraisal/ratings.js';
import { type Predikat, predikatRank } from '../../matching/inputs.js';
import { dateParts } from '../../model/local-date.js';
import type { CandidateFacts } from '../facts/facts.js';
import { defineRule, FAIL, MISSING, msg, PASS, type Verdict } from '../rule.js';

/**
 * The years the rule looks at: the `years` full calendar years before the year of `asOf`.
 * @example appraisalYears(factsOn20261101, 2) // [2025, 2024]
 */
export function appraisalYears(c: CandidateFacts, years: number): number[] {
  const y = dateParts(c.asOf).year;
  return Array.from({ length: years }, (_, i) => y - 1 - i);
}

function verdictOf(c: CandidateFacts, years: number, min: Predikat): Verdict {
  let missing = false;
  for (const y of appraisalYears(c, years)) {
    const p = c.predikatByYear.get(y);
    if (p === undefined) missing = true;
    else if (predikatRank(p) < predikatRank(min)) return FAIL;
  }
  return missing ? MISSING : PASS;
}

/**
 * The annual SKP predikat is at least "Baik" in each of the last 2 years (Perban BKN 5/2019 Pasal
 * 3 for transfers between agencies; PP 11/2017 Pasal 54, 55 and 107 for administrator, pengawas
 * and JPT posts; DOMAIN.md 1.5). The table makes it block for managerial posts and warn otherwise.
 * @example skp2y.check(pairWithButuhPerbaikanLastYear, ctx, { years: 2, minPredikat: 'BAIK' }) // FAIL
 */
export const skp2y = defineRule({
  code: 'R-SKP-2Y',
  title: msg(
    'Predikat kinerja minimal Baik 2 tahun terakhir',
    'Performance at least Good for the last 2 years',
  ),
  postSignature: () => '',
  check: ({ c, isStay }, _ctx, params) => (isStay ? PASS : verdictOf(c, params.years, params.minPredikat)),
  explain: ({ c }, _ctx, params, verdict) => {
    const years = appraisalYears(c, params.years);
    // Predikat by name ("Sangat Baik"), never the code (SANGAT_BAIK).
    const shown = (lang: 'id' | 'en') =>
      years
        .map((y) => {
          const p = c.predikatByYear.get(y);
          return `${y}: ${p ? PREDIKAT_LABELS[p][lang] : '-'}`;
        })
        .join(', ');
    const min = PREDIKAT_LABELS[params.minPredikat];
    const evidence = Object.fromEntries(years.map((y) => [`predikat${y}`, c.predikatByYear.get(y) ?? null]));
    return {
      message:
        verdict === FAIL
          ? msg(`Predikat di bawah ${min.id} (${shown('id')})`, `Predikat below ${min.en} (${shown('en')})`)
          : verdict === MISSING
            ? msg(
                `Predikat tahunan tidak lengkap (${shown('id')})`,
                `Annual predikat incomplete (${shown('en')})`,
              )
            : msg(`Predikat memenuhi (${shown('id')})`, `Predikat meets the minimum (${shown('en')})`),
      evidence,
    };
  },
});
