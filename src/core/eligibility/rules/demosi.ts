import { defineRule, FAIL, MISSING, msg, PASS } from '../rule.js';

/**
 * A move to a lower career tier is a demotion. Mutation must follow the position classification and
 * career pattern (PP 11/2017 Pasal 190 ayat (4)); demotion by one level is a heavy disciplinary
 * penalty (PP 94/2021 Pasal 8), so it is allowed only when the context says the move is a DEMOTION.
 * The tier ladder is `careerTier` ([U] for its JF/JPT placements).
 * @example demosi.check(pairKabidToPelaksana, ctx, {}) // FAIL
 */
export const demosi = defineRule({
  code: 'R-DEMOSI',
  title: msg('Bukan penurunan jabatan', 'Not a demotion'),
  postSignature: (p) => `${p.tier}|${p.kind}`,
  check: ({ c, p, isStay }, ctx) => {
    if (isStay || ctx.mutationKind === 'DEMOTION') return PASS;
    if (Number.isNaN(c.currentTier)) return MISSING;
    // Note: JF -> pelaksana changes the kind of post; R-JF-KELUAR warns, it is no disciplinary demotion.
    if (c.current?.grade.kind === 'JF' && p.kind === 'PELAKSANA') return PASS;
    return p.tier < c.currentTier ? FAIL : PASS;
  },
  explain: ({ c, p }, ctx, _params, verdict) => {
    const evidence = { fromTier: Number.isNaN(c.currentTier) ? null : c.currentTier, toTier: p.tier };
    if (verdict === MISSING) {
      return { message: msg('Tidak ada jabatan sekarang', 'No current post'), evidence };
    }
    return {
      message:
        verdict === FAIL
          ? msg(
              `Jenjang tujuan (${p.tier}) lebih rendah dari jenjang sekarang (${c.currentTier}): penurunan jabatan`,
              `Target tier (${p.tier}) is below the current tier (${c.currentTier}): a demotion`,
            )
          : ctx.mutationKind === 'DEMOTION'
            ? msg('Diusulkan sebagai penurunan jabatan', 'Proposed as a demotion')
            : msg(`Jenjang ${c.currentTier} ke ${p.tier}`, `Tier ${c.currentTier} to ${p.tier}`),
      evidence,
      remedy: msg(
        'Penurunan jabatan hanya sebagai hukuman disiplin: usulkan dengan jenis mutasi DEMOSI',
        'A demotion only as a disciplinary penalty: propose it with mutation kind DEMOTION',
      ),
    };
  },
});
