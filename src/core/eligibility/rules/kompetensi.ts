import { jobPersonMatch } from '../../model/competency.js';
import { decimalText } from '../../model/number-text.js';
import type { PairFacts } from '../facts/facts.js';
import { defineRule, FAIL, MISSING, msg, PASS } from '../rule.js';

/** "66,67%" in Indonesian, "66.67%" in English. */
const pct = (v: number | null, lng: 'id' | 'en'): string => (v === null ? '-' : `${decimalText(v, 2, lng)}%`);

const jpmOf = ({ c, p }: PairFacts): number | null =>
  c.assessment ? jobPersonMatch(p.post.position.competencyStandard, c.assessment.scores) : null;

/**
 * The job-person match (JPM) against the post's competency standard reaches the selection threshold
 * (PermenPANRB 38/2017; PP 11/2017 Pasal 54-55 ask for competence per the standard as evaluated by
 * the TPK). Default 68%: below it an assessment centre rates "Kurang Memenuhi Syarat" (DOMAIN.md 8.3
 * [S]). A warning for the TPK; the score weighs competence itself.
 * @example kompetensi.check(pairWithJpm60, ctx, { minJpm: 68 }) // FAIL (a warning)
 */
export const kompetensi = defineRule({
  code: 'R-KOMPETENSI',
  title: msg('Kesesuaian kompetensi dengan standar jabatan', 'Competency match with the standard'),
  postSignature: (p) => p.post.position.competencyStandard.map((s) => `${s.code}:${s.level}`).join(','),
  check: (pair, _ctx, params) => {
    if (pair.isStay) return PASS;
    const jpm = jpmOf(pair);
    if (jpm === null) return MISSING;
    return jpm < params.minJpm ? FAIL : PASS;
  },
  explain: (pair, _ctx, params, verdict) => {
    const jpm = jpmOf(pair);
    const evidence = { jpm, minJpm: params.minJpm, assessedOn: pair.c.assessment?.assessedOn ?? null };
    if (verdict === MISSING) {
      return {
        message: pair.c.assessment
          ? msg('Jabatan belum memiliki standar kompetensi', 'The post has no competency standard')
          : msg('Belum ada hasil asesmen kompetensi yang berlaku', 'No valid competency assessment'),
        evidence,
      };
    }
    return {
      message:
        verdict === FAIL
          ? msg(
              `JPM ${pct(jpm, 'id')} di bawah ambang ${pct(params.minJpm, 'id')}`,
              `JPM ${pct(jpm, 'en')} below the ${pct(params.minJpm, 'en')} threshold`,
            )
          : msg(
              `JPM ${pct(jpm, 'id')} (ambang ${pct(params.minJpm, 'id')})`,
              `JPM ${pct(jpm, 'en')} (threshold ${pct(params.minJpm, 'en')})`,
            ),
      evidence,
    };
  },
});
