import type { EligibilityContext } from './context.js';

/**
 * The rule table a plan is computed under. A plan proposes moves nobody asked for, so it is held
 * to more than a manual proposal: over-qualification (R-EDU-OVER), a warning for the board when an
 * officer proposes it with a reason, blocks in a plan unless its scenario allows such moves. The
 * plan is therefore never looser than the process that will verify it. The table keeps its version:
 * the posture belongs to the scenario, whose objectives every plan stores.
 * @example planningContext(ctx, { allowOverqualifiedMoves: false }).ruleTable.rules['R-EDU-OVER'].severity // 'BLOCK'
 */
export function planningContext(
  ctx: EligibilityContext,
  opts: { readonly allowOverqualifiedMoves: boolean },
): EligibilityContext {
  const over = ctx.ruleTable.rules['R-EDU-OVER'];
  if (opts.allowOverqualifiedMoves || over.severity === 'OFF' || over.severity === 'BLOCK') return ctx;
  return {
    ...ctx,
    ruleTable: {
      ...ctx.ruleTable,
      rules: { ...ctx.ruleTable.rules, 'R-EDU-OVER': { ...over, severity: 'BLOCK' } },
    },
  };
}
