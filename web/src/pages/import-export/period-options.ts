import type { PeriodItem } from '../../api/use-evaluations';

/** Evaluation periods as select options, by code (the import and the export accept codes). */
export function periodOptions(periods: readonly PeriodItem[] | undefined) {
  return (periods ?? []).map((p) => ({ value: p.code, label: p.code }));
}
