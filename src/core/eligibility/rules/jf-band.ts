import { type GolonganCode, golonganLabel } from '../../model/golongan.js';
import type { JfLevel } from '../../model/position.js';
import { defineRule, FAIL, MISSING, msg, PASS } from '../rule.js';

const LEVEL_NAME: Readonly<Record<JfLevel, string>> = {
  AHLI_PERTAMA: 'Ahli Pertama',
  AHLI_MUDA: 'Ahli Muda',
  AHLI_MADYA: 'Ahli Madya',
  AHLI_UTAMA: 'Ahli Utama',
  PEMULA: 'Pemula',
  TERAMPIL: 'Terampil',
  MAHIR: 'Mahir',
  PENYELIA: 'Penyelia',
};

/**
 * A JF level follows rank (DOMAIN.md 2.2, 15.2): a person is moved into a JF level only when their
 * golongan lies in the level's band. A level outside it is not a mutation but another act
 * (penyesuaian or kenaikan jenjang) with its own conditions: a IV/a is no Ahli Pertama, a III/a no
 * Ahli Muda.
 * @example jfBand.check(pairIVaToAhliPertama, ctx, params) // FAIL
 */
export const jfBand = defineRule({
  code: 'R-JF-BAND',
  title: msg('Jenjang JF sesuai pangkat', 'JF level matches rank'),
  postSignature: (p) => (p.post.position.grade.kind === 'JF' ? p.post.position.grade.jfLevel : ''),
  check: ({ c, p, isStay }, _ctx, params) => {
    const g = p.post.position.grade;
    if (isStay || g.kind !== 'JF') return PASS;
    if (Number.isNaN(c.golongan)) return MISSING;
    const band = params.byJfLevel[g.jfLevel];
    return c.golongan < band.min || c.golongan > band.max ? FAIL : PASS;
  },
  explain: ({ c, p }, _ctx, params, verdict) => {
    const g = p.post.position.grade;
    const has = Number.isNaN(c.golongan) ? '-' : golonganLabel(c.golongan as GolonganCode);
    if (g.kind !== 'JF') {
      return {
        message: msg('Bukan jabatan fungsional', 'Not a functional post'),
        evidence: { golongan: has },
      };
    }
    const band = params.byJfLevel[g.jfLevel];
    const range = `${golonganLabel(band.min)}–${golonganLabel(band.max)}`;
    const level = LEVEL_NAME[g.jfLevel];
    const evidence = { golongan: has, jfLevel: g.jfLevel, band: range };
    if (verdict === MISSING)
      return { message: msg('Golongan tidak tercatat', 'No golongan on record'), evidence };
    return {
      message:
        verdict === FAIL
          ? msg(
              `Golongan ${has} di luar rentang jenjang ${level} (${range}): jenjang JF mengikuti pangkat`,
              `Golongan ${has} is outside the ${level} band (${range}): a JF level follows rank`,
            )
          : msg(
              `Golongan ${has} dalam rentang jenjang ${level} (${range})`,
              `Golongan ${has} within the ${level} band (${range})`,
            ),
      evidence,
      remedy: msg(
        'Usulkan jenjang JF yang sesuai golongan, atau proses penyesuaian/kenaikan jenjang tersendiri',
        'Propose the JF level that matches the rank, or a separate level adjustment',
      ),
    };
  },
});
