// The public summary is a core value (one definition for the run, the proposal and the public page);
// re-exported here for the services that imported it from this place.
export { planSummaryOf } from '../../core/solver/plan/plan-public-summary.js';
export { summaryIsOutdated } from '../../core/solver/plan/read-plan-summary.js';
