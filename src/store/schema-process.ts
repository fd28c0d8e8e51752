/**
 * Row types for the mutation process (issue 7): proposals, review board, decrees, objections.
 * Same conventions as `schema.ts`; `Database` in `schema.ts` extends this interface.
 */
// biome-ignore lint/suspicious/noEmptyInterface: its tables arrive with the issue that needs them
export interface ProcessTables {}
