import { type FieldIssue, fail, ok, type Result } from '../errors.js';
import type { LocalDate } from '../model/local-date.js';
import { DEFAULT_EDUCATION_RELEVANCE } from './default-education-relevance.js';
import { type EducationRelevanceTable, validateRelevanceTable } from './education-relevance.js';
import type { Predikat, TalentBox } from './inputs.js';

/** The parts of the fit score, in the order results list them. */
export const SCORE_COMPONENTS = [
  'COMPETENCY_TECHNICAL',
  'COMPETENCY_MANAGERIAL',
  'COMPETENCY_SOCIO_CULTURAL',
  'EDUCATION_RELEVANCE',
  'QUALIFICATION_LEVEL',
  'PERFORMANCE_INDEX',
  'PREDIKAT',
  'EXPERIENCE',
  'TALENT_BOX',
  'PREFERENCE',
] as const;
export type ScoreComponent = (typeof SCORE_COMPONENTS)[number];

/** Names of the components in Indonesian and English, for explanations. */
export const SCORE_COMPONENT_LABELS: Readonly<
  Record<ScoreComponent, { readonly id: string; readonly en: string }>
> = {
  COMPETENCY_TECHNICAL: { id: 'Kompetensi teknis', en: 'Technical competency' },
  COMPETENCY_MANAGERIAL: { id: 'Kompetensi manajerial', en: 'Managerial competency' },
  COMPETENCY_SOCIO_CULTURAL: { id: 'Kompetensi sosial kultural', en: 'Socio-cultural competency' },
  EDUCATION_RELEVANCE: { id: 'Relevansi pendidikan', en: 'Education relevance' },
  QUALIFICATION_LEVEL: { id: 'Kesesuaian jenjang pendidikan', en: 'Education level fit' },
  PERFORMANCE_INDEX: { id: 'Indeks kinerja', en: 'Performance index' },
  PREDIKAT: { id: 'Predikat kinerja', en: 'Performance predikat' },
  EXPERIENCE: { id: 'Pengalaman terkait', en: 'Related experience' },
  TALENT_BOX: { id: 'Kotak talenta', en: 'Talent box' },
  PREFERENCE: { id: 'Pilihan pegawai', en: "Employee's preference" },
};

/**
 * How the fit score is made: non-negative weights (normalised by their sum), the value used when
 * data is missing (shown as "no data", never a silent zero), and the scales of each component.
 * Versioned like the rule table; every result names the version it used.
 */
export interface MatchingPolicy {
  readonly version: string;
  readonly effectiveFrom: LocalDate;
  readonly weights: Readonly<Record<ScoreComponent, number>>;
  /** Value (0-100) a component takes when its data is missing. */
  readonly neutral: Readonly<Record<ScoreComponent, number>>;
  /** Points per predikat (DOMAIN.md 7.1: one implementation's mapping, [U]). */
  readonly predikatValues: Readonly<Record<Predikat, number>>;
  /** How many past years of predikat are averaged. */
  readonly predikatYears: number;
  readonly talentBoxValues: Readonly<Record<TalentBox, number>>;
  readonly experience: {
    /** Months of fully related experience that earn 100. */
    readonly saturationMonths: number;
    /** Weight of a month in the same position family, and in the same OPD (another family). */
    readonly sameFamily: number;
    readonly sameOpd: number;
  };
  /** Points for a post the person named, in an OPD they named, in a family they named, or none. */
  readonly preference: {
    readonly position: number;
    readonly opd: number;
    readonly family: number;
    readonly other: number;
  };
  readonly relevance: EducationRelevanceTable;
  /**
   * Competency fit counts a surplus too (DOMAIN.md 15.5): each level above the standard takes
   * `surplusPenalty` of a level off what was met, so a low standard does not look perfect to
   * someone far above it. 0 = plain JPM (PermenPANRB 38/2017), which caps at the standard.
   */
  readonly competency: {
    readonly surplusPenalty: number;
    /**
     * Technical competency (0-100) that valid licences of a post's profession stand for: an STR is
     * issued after the national competency exam and an educator certificate after PPG, so a
     * licensed nurse is not "no data" in a nursing post. The assessed value counts when higher.
     */
    readonly licensedProfession: number;
  };
  /**
   * Over-qualification (DOMAIN.md 15.5, a policy, not a law [U]): points taken off the
   * QUALIFICATION_LEVEL component per education tier above the post's (school, diploma, bachelor).
   * A master's degree counts as bachelor: in a post asking S1 it is career development, not waste.
   */
  readonly qualification: { readonly penaltyPerTier: number };
}

/**
 * The default policy. Competency carries 35 (technical 20, managerial 12, socio-cultural 3),
 * education 35 (relevance 25, level fit 10), performance 15 (index 10, predikat 5), experience 5,
 * talent box 5, preference 5. Performance, predikat and talent box rank people for a post but never
 * posts for a person; relevance and level fit are what put a graduate in their profession, and
 * experience weighs less than them because years spent outside one's profession (a nurse as a
 * clerk) would otherwise keep a person where the city misplaced them (DOMAIN.md 15.5, [U]).
 * Talent boxes score by DOMAIN.md 7.1's follow-up groups: 9 top, 8-7 pool, 6-4 core, 3-2 coaching, 1.
 */
export const DEFAULT_MATCHING_POLICY: MatchingPolicy = {
  version: 'penata-match-2026.2',
  effectiveFrom: '2026-01-01' as LocalDate,
  weights: {
    COMPETENCY_TECHNICAL: 20,
    COMPETENCY_MANAGERIAL: 12,
    COMPETENCY_SOCIO_CULTURAL: 3,
    EDUCATION_RELEVANCE: 25,
    QUALIFICATION_LEVEL: 10,
    PERFORMANCE_INDEX: 10,
    PREDIKAT: 5,
    EXPERIENCE: 5,
    TALENT_BOX: 5,
    PREFERENCE: 5,
  },
  neutral: {
    COMPETENCY_TECHNICAL: 50,
    COMPETENCY_MANAGERIAL: 50,
    COMPETENCY_SOCIO_CULTURAL: 50,
    EDUCATION_RELEVANCE: 50,
    QUALIFICATION_LEVEL: 50,
    PERFORMANCE_INDEX: 50,
    PREDIKAT: 50,
    EXPERIENCE: 50,
    TALENT_BOX: 50,
    PREFERENCE: 50,
  },
  predikatValues: {
    SANGAT_BAIK: 100,
    BAIK: 80,
    BUTUH_PERBAIKAN: 60,
    KURANG_MISCONDUCT: 40,
    SANGAT_KURANG: 20,
  },
  predikatYears: 2,
  talentBoxValues: { 1: 0, 2: 25, 3: 25, 4: 50, 5: 50, 6: 50, 7: 75, 8: 75, 9: 100 },
  experience: { saturationMonths: 60, sameFamily: 1, sameOpd: 0.5 },
  preference: { position: 100, opd: 80, family: 70, other: 50 },
  relevance: DEFAULT_EDUCATION_RELEVANCE,
  competency: { surplusPenalty: 0.25, licensedProfession: 100 },
  qualification: { penaltyPerTier: 40 },
};

const inRange = (v: number) => Number.isFinite(v) && v >= 0 && v <= 100;

/**
 * Checks a policy before use: weights finite and non-negative with a positive sum, every value on
 * the 0-100 scale, a valid relevance table.
 * @example validateMatchingPolicy(DEFAULT_MATCHING_POLICY).ok // true
 */
export function validateMatchingPolicy(p: MatchingPolicy): Result<MatchingPolicy, readonly FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const issue = (field: string, value: unknown, id: string, en: string) =>
    issues.push({ field, value, code: 'VALIDATION_FAILED', rule: 'MATCHING_POLICY', message: { id, en } });
  let sum = 0;
  for (const [k, w] of Object.entries(p.weights)) {
    if (!(Number.isFinite(w) && w >= 0)) issue(`weights.${k}`, w, 'Bobot harus >= 0', 'Weight must be >= 0');
    else sum += w;
  }
  if (!(sum > 0)) issue('weights', p.weights, 'Jumlah bobot harus > 0', 'Weights must sum to more than 0');
  const scales: [string, Readonly<Record<string, number>>][] = [
    ['neutral', p.neutral],
    ['predikatValues', p.predikatValues],
    ['talentBoxValues', p.talentBoxValues],
    ['preference', p.preference],
  ];
  for (const [name, scale] of scales) {
    for (const [k, v] of Object.entries(scale)) {
      if (!inRange(v)) issue(`${name}.${k}`, v, 'Nilai harus 0-100', 'Value must be 0-100');
    }
  }
  if (!(p.experience.saturationMonths > 0)) {
    issue('experience.saturationMonths', p.experience.saturationMonths, 'Harus > 0', 'Must be > 0');
  }
  if (!inRange(p.competency.licensedProfession)) {
    issue(
      'competency.licensedProfession',
      p.competency.licensedProfession,
      'Nilai harus 0-100',
      'Value must be 0-100',
    );
  }
  const surplus = p.competency.surplusPenalty;
  if (!(surplus >= 0 && surplus <= 1))
    issue('competency.surplusPenalty', surplus, 'Harus 0-1', 'Must be 0-1');
  const tier = p.qualification.penaltyPerTier;
  if (!(tier >= 0 && tier <= 100)) {
    issue('qualification.penaltyPerTier', tier, 'Nilai harus 0-100', 'Value must be 0-100');
  }
  for (const k of ['sameFamily', 'sameOpd'] as const) {
    const v = p.experience[k];
    if (!(v >= 0 && v <= 1)) issue(`experience.${k}`, v, 'Harus 0-1', 'Must be 0-1');
  }
  if (!(Number.isInteger(p.predikatYears) && p.predikatYears >= 1)) {
    issue('predikatYears', p.predikatYears, 'Harus bilangan bulat >= 1', 'Must be an integer >= 1');
  }
  const rel = validateRelevanceTable(p.relevance);
  if (!rel.ok) issues.push(...rel.error);
  return issues.length ? fail(issues) : ok(p);
}
