/**
 * Row types for mutation planning (issue 6): scenarios, plans, plan moves, jobs.
 * Same conventions as `schema.ts`; `Database` in `schema.ts` extends this interface.
 */
// biome-ignore lint/suspicious/noEmptyInterface: its tables arrive with the issue that needs them
export interface PlanningTables {}
