/**
 * The plan builder (issue 6 item 3): a scenario -> an assignment problem -> a certified plan with
 * moves, vacancy chains, explanations and totals, what it proves about its move limit, and
 * nominations for vacant JPT posts (never filled by a plan); and two plans compared side by side.
 */
export { buildPlan } from './build-plan.js';
export { comparePlans } from './compare-plans.js';
export { isJptPost, JPT_NOMINEES } from './plan-jpt.js';
export { optimalityOf } from './plan-optimality.js';
export { ROTATION_PENALTY_UNITS } from './plan-problem.js';
export * from './plan-types.js';
export { validatePlanInput } from './validate-scenario.js';
