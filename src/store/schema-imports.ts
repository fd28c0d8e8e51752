/**
 * Row types for import and export (issue 8): import runs and their reports.
 * Same conventions as `schema.ts`; `Database` in `schema.ts` extends this interface.
 */
// biome-ignore lint/suspicious/noEmptyInterface: its tables arrive with the issue that needs them
export interface ImportsTables {}
