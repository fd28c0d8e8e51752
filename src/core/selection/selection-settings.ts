import { SELECTION_KINDS, type SelectionKind } from './selection-model.js';

/**
 * Settings of JPT selections. The committee's minimum size is [U]: PP 11/2017 asks for a
 * committee (panitia seleksi) of internal and external members; "at least 5 for an open selection"
 * is common practice to be confirmed by BKPSDM, the other kinds' 3 is a placeholder. The shortlist
 * of three names is [V] (DOMAIN.md 15.3).
 */
export interface SelectionSettings {
  readonly minCommitteeByKind: Readonly<Record<SelectionKind, number>>;
  readonly shortlistSize: number;
}

export const DEFAULT_SELECTION_SETTINGS: SelectionSettings = {
  minCommitteeByKind: { OPEN: 5, TALENT_POOL: 3, JPT_ROTATION: 3 },
  shortlistSize: 3,
};

const positiveInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1;

/**
 * Settings from a stored value, each field falling back to its default when absent or invalid.
 * @example parseSelectionSettings({ minCommitteeByKind: { OPEN: 7 } }).minCommitteeByKind // { OPEN: 7, TALENT_POOL: 3, JPT_ROTATION: 3 }
 */
export function parseSelectionSettings(raw: unknown): SelectionSettings {
  const r = (raw ?? {}) as { minCommitteeByKind?: Partial<Record<string, unknown>>; shortlistSize?: unknown };
  const min = { ...DEFAULT_SELECTION_SETTINGS.minCommitteeByKind };
  for (const kind of SELECTION_KINDS) {
    const v = r.minCommitteeByKind?.[kind];
    if (positiveInt(v)) min[kind] = v;
  }
  return {
    minCommitteeByKind: min,
    shortlistSize: positiveInt(r.shortlistSize) ? r.shortlistSize : DEFAULT_SELECTION_SETTINGS.shortlistSize,
  };
}
