/**
 * Competencies of PermenPANRB 38/2017 (DOMAIN.md 8.1): 8 managerial (M.01..M.08), 1
 * socio-cultural (Perekat Bangsa), and technical competencies defined per position family.
 * Every competency has levels 1..5.
 */
export const MANAGERIAL_COMPETENCIES = [
  { code: 'M.01', name: 'Integritas' },
  { code: 'M.02', name: 'Kerja Sama' },
  { code: 'M.03', name: 'Komunikasi' },
  { code: 'M.04', name: 'Orientasi pada Hasil' },
  { code: 'M.05', name: 'Pelayanan Publik' },
  { code: 'M.06', name: 'Pengembangan Diri dan Orang Lain' },
  { code: 'M.07', name: 'Mengelola Perubahan' },
  { code: 'M.08', name: 'Pengambilan Keputusan' },
] as const;

export const SOCIO_CULTURAL_COMPETENCY = { code: 'SK.01', name: 'Perekat Bangsa' } as const;

export type CompetencyType = 'TECHNICAL' | 'MANAGERIAL' | 'SOCIO_CULTURAL';
export const COMPETENCY_TYPES: readonly CompetencyType[] = ['TECHNICAL', 'MANAGERIAL', 'SOCIO_CULTURAL'];

export type CompetencyLevel = 1 | 2 | 3 | 4 | 5;

export function isCompetencyLevel(n: unknown): n is CompetencyLevel {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 5;
}

/** The level a position requires for one competency. */
export interface CompetencyStandard {
  readonly type: CompetencyType;
  /** `M.01`..`M.08`, `SK.01`, or a technical code such as `T.HEALTH_NURSING`. */
  readonly code: string;
  readonly name: string;
  readonly level: CompetencyLevel;
}

/** One assessed level of one competency. */
export interface CompetencyScore {
  readonly type: CompetencyType;
  readonly code: string;
  readonly level: CompetencyLevel;
}

export interface CompetencyAssessment {
  readonly id: number;
  readonly assessedOn: string;
  readonly validUntil: string | null;
  readonly assessor: string;
  readonly scores: readonly CompetencyScore[];
}

/**
 * Job-person match (DOMAIN.md 8.3): sum of assessed levels (capped at the required level, so a
 * surplus in one competency cannot hide a gap in another) / sum of required levels x 100.
 * @example jobPersonMatch([{code:'M.01',level:3,...}], [{code:'M.01',level:2,...}]) // 66.67
 */
export function jobPersonMatch(
  standard: readonly CompetencyStandard[],
  scores: readonly CompetencyScore[],
): number | null {
  if (standard.length === 0) return null;
  const byCode = new Map(scores.map((s) => [s.code, s.level]));
  let required = 0;
  let met = 0;
  for (const s of standard) {
    required += s.level;
    met += Math.min(byCode.get(s.code) ?? 0, s.level);
  }
  return Math.round((met / required) * 10000) / 100;
}
