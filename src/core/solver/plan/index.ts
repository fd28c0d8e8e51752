/**
 * The plan builder (issue 6 item 3): a scenario -> an assignment problem -> a certified optimal plan
 * with moves, vacancy chains, explanations and totals; and two plans compared side by side.
 */
export { buildPlan } from './build-plan.js';
export { comparePlans } from './compare-plans.js';
export { ROTATION_PENALTY_UNITS } from './plan-problem.js';
export * from './plan-types.js';
export { validatePlanInput } from './validate-scenario.js';
