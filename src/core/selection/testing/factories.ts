import type { LocalDate } from '../../model/local-date.js';
import {
  initialStages,
  type Pasal107Check,
  type Selection,
  type SelectionCandidate,
  type SelectionStageName,
  type StageStatus,
} from '../selection-model.js';

/**
 * Factories for selection tests: a fresh open selection of post 102 with a five-member committee,
 * and candidates that pass or fail. Pure, like the rest of the core.
 */
export const d = (s: string): LocalDate => s as LocalDate;

export const MEETS: Pasal107Check = { status: 'MEETS', checkedOn: d('2026-06-01'), results: [] };
export const BLOCKED: Pasal107Check = {
  status: 'BLOCKED',
  checkedOn: d('2026-06-01'),
  results: [{ code: 'R-JPT-AGE', status: 'BLOCK', message: { id: 'Usia 58 tahun', en: 'Aged 58' } }],
};

/** A fresh selection. @example buildSelection({ kind: 'TALENT_POOL' }) */
export function buildSelection(overrides: Partial<Selection> = {}): Selection {
  return {
    id: 1,
    instansiId: 1,
    positionId: 102,
    kind: 'OPEN',
    status: 'IN_PROGRESS',
    committee: [
      { name: 'Ketua Pansel', role: 'KETUA' },
      { name: 'Sekretaris Pansel', role: 'SEKRETARIS' },
      { name: 'Anggota Satu', role: 'ANGGOTA' },
      { name: 'Anggota Dua', role: 'ANGGOTA' },
      { name: 'Anggota Tiga', role: 'ANGGOTA' },
    ],
    stages: initialStages(),
    candidates: [],
    shortlistReason: null,
    result: null,
    version: 1,
    createdAt: '2026-05-01T00:00:00.000Z',
    updatedAt: '2026-05-01T00:00:00.000Z',
    ...overrides,
  };
}

/** A candidate, qualified unless told otherwise. @example candidate(7, { administrative: 'FAILED' }) */
export function candidate(
  employeeId: number,
  overrides: Partial<SelectionCandidate> = {},
): SelectionCandidate {
  return {
    employeeId,
    nip: `19750101200001100${employeeId % 10}`,
    name: `Calon ${employeeId}`,
    administrative: 'PASSED',
    pasal107: MEETS,
    shortlistRank: null,
    ...overrides,
  };
}

/** The selection with its stages set, by name. @example withStages(s, { ANNOUNCEMENT: ['DONE', '2026-05-04'] }) */
export function withStages(
  selection: Selection,
  stages: Partial<Record<SelectionStageName, [StageStatus, string | null]>>,
): Selection {
  return {
    ...selection,
    stages: selection.stages.map((s) => {
      const set = stages[s.stage];
      return set ? { stage: s.stage, status: set[0], date: set[1] === null ? null : d(set[1]) } : s;
    }),
  };
}

/** Four stages done in May and June 2026: ready for the shortlist. */
export function interviewed(candidates: readonly SelectionCandidate[]): Selection {
  return withStages(buildSelection({ candidates }), {
    ANNOUNCEMENT: ['DONE', '2026-05-04'],
    ADMINISTRATIVE: ['DONE', '2026-05-18'],
    COMPETENCY: ['DONE', '2026-06-01'],
    INTERVIEW: ['DONE', '2026-06-15'],
  });
}
