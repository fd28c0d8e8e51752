import type { EligibilityContext } from '../context.js';
import { moveKindOf } from '../facts/career-tier.js';
import type { PairFacts } from '../facts/facts.js';
import { defineRule, FAIL, MISSING, msg, PASS } from '../rule.js';
import { overrideFor, TENURE_OVERRIDE_GROUND_TEXT, type TenureOverride } from '../tenure-override.js';

/** The complete override recorded for exactly this person's move into this post, if any. */
const overrideOf = ({ c, p }: PairFacts, ctx: EligibilityContext): TenureOverride | null =>
  overrideFor(ctx.tenureOverrides, c.candidate.employee.id, p.positionId);

/**
 * A PNS is moved no sooner than 2 years in the current post (PP 11/2017 jo PP 17/2020 Pasal 190
 * ayat (3); DOMAIN.md 1.2). Tenure is counted in whole calendar months from the TMT of the current
 * post to the date of the move (its TMT): 2024-03-15 -> 2026-03-14 is 23 months, -> 2026-03-15 is 24.
 * A short tenure passes only with a complete override for this move (ground, approver, reason and
 * document; DOMAIN.md 15.6), and the result says so with the ground in its evidence.
 * @example tenureMin.check(pairWith23Months, ctx, { minMonths: 24, exemptMutationKinds: [] }) // FAIL
 */
export const tenureMin = defineRule({
  code: 'R-TENURE-MIN',
  title: msg('Masa jabatan minimal sebelum mutasi', 'Minimum time in post before a transfer'),
  postSignature: (p, ctx, params) =>
    (ctx.mutationKind === undefined && params.exemptMutationKinds.length > 0 ? `${p.tier}|${p.kind}` : '') +
    // Note: an override covers one post, so with overrides about every post is its own signature.
    (ctx.tenureOverrides && ctx.tenureOverrides.length > 0 ? `#${p.positionId}` : ''),
  check: (pair, ctx, params) => {
    const { c, p, isStay } = pair;
    if (isStay) return PASS;
    const kind = ctx.mutationKind ?? moveKindOf(c.current?.grade ?? null, p.post.position.grade);
    if (params.exemptMutationKinds.includes(kind)) return PASS;
    if (Number.isNaN(c.tenureMonths)) return MISSING;
    if (c.tenureMonths >= params.minMonths) return PASS;
    return overrideOf(pair, ctx) ? PASS : FAIL;
  },
  explain: (pair, ctx, params, verdict) => {
    const { c, isStay } = pair;
    const evidence = { tenureMonths: Number.isNaN(c.tenureMonths) ? null : c.tenureMonths };
    if (isStay) return { message: msg('Tetap di jabatan sekarang', 'Stays in the current post'), evidence };
    const override = verdict === PASS && c.tenureMonths < params.minMonths ? overrideOf(pair, ctx) : null;
    if (override) {
      const ground = TENURE_OVERRIDE_GROUND_TEXT[override.ground];
      return {
        message: msg(
          `Baru ${c.tenureMonths} bulan di jabatan sekarang (minimal ${params.minMonths}); dikecualikan dengan dasar ${ground.id}`,
          `Only ${c.tenureMonths} months in the current post (minimum ${params.minMonths}); recorded exception: ${ground.en}`,
        ),
        evidence: { ...evidence, overridden: true, overrideGround: override.ground },
      };
    }
    if (verdict === MISSING) {
      return {
        message: msg('Tidak ada jabatan sekarang atau TMT-nya', 'No current post or its TMT on record'),
        evidence,
      };
    }
    const m = c.tenureMonths;
    return {
      message:
        verdict === FAIL
          ? msg(
              `Baru ${m} bulan di jabatan sekarang, kurang dari minimal ${params.minMonths} bulan`,
              `Only ${m} months in the current post, less than the minimum of ${params.minMonths}`,
            )
          : msg(
              `${Number.isNaN(m) ? 'Tidak dihitung' : `${m} bulan`} di jabatan sekarang (minimal ${params.minMonths})`,
              `${Number.isNaN(m) ? 'Not counted' : `${m} months`} in the current post (minimum ${params.minMonths})`,
            ),
      evidence,
      remedy: msg(
        `Dapat diusulkan setelah ${params.minMonths} bulan, atau dengan dasar hukum pengecualian yang dicatat`,
        `Can be proposed after ${params.minMonths} months, or with a recorded legal ground for an exception`,
      ),
    };
  },
});
