/**
 * Kept for `services/evaluation/enter-records.ts`: the evaluation reader moved to
 * `src/documents/import/evaluations` and the NIP cell to the shared import machinery.
 */
export { nipCell } from '../import/nip-cell.js';
