import {
  type Education,
  type EducationField,
  type EducationLevel,
  educationRank,
} from '../core/model/education.js';
import { type EducationPlan, qualifies, qualifyingMajor } from './education-plan.js';
import type { PositionPlan } from './positions.js';
import type { Random } from './random.js';
import { FIELDS_BY_FAMILY } from './reference/family-fields.js';
import { INSTITUTIONS } from './reference/institutions.js';
import { type MajorInfo, majorByName, majorsOf } from './reference/majors.js';

export { type EducationPlan, needsLaterDegree } from './education-plan.js';

/**
 * Fields that end up outside their domain, weighted; IT and accounting graduates are common misfits.
 * Health and education graduates are weighted so that about 5 % of them (3-8 % by seed) sit in a
 * pelaksana post (the nurse working as Pengadministrasi Umum in Dinas Perhubungan): a deliberate,
 * documented share of misplaced people for the planner to bring back to their profession. Each has
 * held the post for 2 years or more (movable under PP 11/2017 Pasal 190(3)) and keeps the STR a
 * health worker holds for life (UU 17/2023). Measured by `audit/audit-professions.ts`, asserted in
 * `credibility.test.ts`.
 */
const MISFIT_WEIGHTS: readonly (readonly [EducationField, number])[] = [
  ['HEALTH_NURSING', 3],
  ['HEALTH_MIDWIFERY', 1],
  ['HEALTH_PUBLIC', 2],
  ['HEALTH_PHARMACY', 1],
  ['IT', 10],
  ['ACCOUNTING', 9],
  ['MANAGEMENT', 6],
  ['ECONOMICS', 5],
  ['EDUCATION', 3],
  ['LAW', 6],
  ['SOCIAL_GOVERNMENT', 5],
  ['ENGINEERING_CIVIL', 4],
  ['AGRICULTURE', 5],
  ['FISHERIES', 3],
  ['RELIGION', 4],
  ['SCIENCE', 3],
  ['COMMUNICATION', 3],
  ['SOCIAL_WELFARE', 2],
  ['ENVIRONMENT', 1],
  ['PSYCHOLOGY', 1],
  ['LANGUAGE_CULTURE', 2],
];
const LEVEL_FALLBACK: readonly EducationLevel[] = ['S1', 'D3', 'D4', 'S2', 'SMA'];
const PUBLIC_HEALTH_MASTERS = ['S2 Kesehatan Masyarakat', 'S2 Administrasi dan Kebijakan Kesehatan'].map(
  majorByName,
);
const MANUAL_LEVELS: readonly (readonly [EducationLevel, number])[] = [
  ['SMA', 85],
  ['D3', 10],
  ['S1', 5],
];
const SCIENCE_STREAM = new Set<EducationField>(['IT', 'SCIENCE', 'FISHERIES', 'AGRICULTURE', 'ENVIRONMENT']);
const SMA_IPA = majorByName('SMA IPA');
const SMA_GENERAL = ['SMA IPA', 'SMA IPA', 'SMA IPS', 'SMA IPS', 'SMK Administrasi Perkantoran'].map(
  majorByName,
);
const SMA_BY_FIELD: Partial<Record<EducationField, MajorInfo>> = {
  ACCOUNTING: majorByName('SMK Akuntansi'),
  IT: majorByName('SMK Teknik Komputer dan Jaringan'),
  ENGINEERING_OTHER: majorByName('SMK Teknik Kendaraan Ringan'),
  FISHERIES: majorByName('SMK Nautika Kapal Penangkap Ikan'),
};
/** Fields with a D3 that people often top up with an S1 while in service. */
const TOP_UP = new Set<EducationField>([
  'HEALTH_NURSING',
  'HEALTH_MIDWIFERY',
  'HEALTH_PUBLIC',
  'IT',
  'ACCOUNTING',
]);

/**
 * Chooses what someone holding `p` studied: the level by grade (most JPT have an S2, many pelaksana
 * only SMA), a field that fits the post or, for the misfits, one that does not (never midwifery for
 * a man), and the majors around it. `forceMajor` scripts a story (a nurse in Dinas Perhubungan).
 */
export function chooseEducation(
  rng: Random,
  p: PositionPlan,
  gender: 'M' | 'F',
  forceMajor?: string,
): EducationPlan {
  const req = p.education[0]!;
  const level = forceMajor ? majorByName(forceMajor).level : pickLevel(rng, p, req.minLevel);
  const fits = forceMajor ? false : !rng.chance(misfitChance(p, level));
  const all = fitFields(p);
  // Midwifery schools train women only.
  const fitting = gender === 'M' && all.length > 1 ? all.filter((f) => f !== 'HEALTH_MIDWIFERY') : all;
  let final: MajorInfo;
  if (forceMajor) final = majorByName(forceMajor);
  else if (level === 'SMA') final = smaMajor(rng, rng.pick(fitting));
  else if (fits && p.majors.length > 0) final = fitMajor(rng, p.majors.map(majorByName), level);
  else {
    const field = fits
      ? rng.pick(fitting.filter((f) => f !== 'GENERAL'))
      : misfitField(rng, p, fitting, gender);
    final = majorAt(rng, field, level, req.minLevel);
  }
  // Doctors who run offices study health administration, not a specialty: `dr. ..., M.Kes.`
  if (p.category === 'STRUCTURAL' && final.field === 'HEALTH_MEDICINE' && final.level === 'S2') {
    return expand(rng, rng.pick(PUBLIC_HEALTH_MASTERS), fits, majorByName('S1 Pendidikan Dokter'));
  }
  const typicalS1 = fits && p.majors.length > 0 && final.level === 'S2' ? p.majors.map(majorByName) : [];
  const firstDegree = typicalS1.some((m) => m.level === 'S1') ? fitMajor(rng, typicalS1, 'S1') : undefined;
  const plan = expand(rng, final, fits, firstDegree);
  // A regulated profession's holder holds its qualifying programme (a radiographer is not an S1
  // Kesehatan Masyarakat): otherwise the highest qualifying diploma the level allows.
  if (!req.majors?.length || qualifies(plan, req.majors, req.minLevel)) return plan;
  return expand(rng, qualifyingMajor(rng, req.majors, level, req.minLevel), fits);
}

function pickLevel(rng: Random, p: PositionPlan, min: EducationLevel): EducationLevel {
  const g = p.grade;
  if (g.kind === 'JPT_PRATAMA')
    return rng.weighted([
      ['S1', 25],
      ['S2', 70],
      ['S3', 5],
    ]);
  if (g.kind === 'ADMINISTRATOR') return rng.chance(0.45) ? 'S2' : 'S1';
  if (g.kind === 'PENGAWAS')
    return rng.weighted([
      ['D3', min === 'D3' ? 12 : 0],
      ['S1', 70],
      ['S2', 18],
    ]);
  if (g.kind === 'JF') {
    if (min === 'SMA')
      return rng.weighted([
        ['SMA', 75],
        ['D3', 10],
        ['S1', 15],
      ]);
    if (min === 'D3') return rng.chance(0.15) ? 'S1' : 'D3';
    if (min === 'S2') return 'S2';
    return g.jfLevel !== 'AHLI_PERTAMA' && rng.chance(0.18) ? 'S2' : 'S1';
  }
  if (min === 'D3')
    return rng.weighted([
      ['D3', 50],
      ['S1', 45],
      ['S2', 5],
    ]);
  // Drivers, guards and caretakers rarely hold a degree.
  if (p.kelasJabatan <= 3) return rng.weighted(MANUAL_LEVELS);
  return rng.weighted([
    ['SMA', 45],
    ['D3', 18],
    ['S1', 35],
    ['S2', 2],
  ]);
}

function misfitChance(p: PositionPlan, level: EducationLevel): number {
  if (level === 'SMA') return 0;
  // Heads of health and education services (Kepala Dinas Kesehatan, Direktur RSUD, Kepala Dinas
  // Pendidikan) and the RSUD's medical and nursing heads hold a degree of their service.
  if (p.category === 'STRUCTURAL' && servesProfession(p)) return 0;
  if (p.category === 'PELAKSANA') return 0.45;
  if (p.category === 'STRUCTURAL') return p.family === 'LEADERSHIP' ? 0.08 : 0.2;
  // Licensed professions (teachers, health workers) practise only with the right diploma.
  return p.family.startsWith('HEALTH') || p.family === 'EDUCATION_TEACHING' ? 0 : 0.04;
}

/** A post whose requirement names only health or education fields. */
function servesProfession(p: PositionPlan): boolean {
  const fields = p.education[0]?.fields ?? [];
  return fields.length > 0 && fields.every((f) => f.startsWith('HEALTH_') || f === 'EDUCATION');
}

/** The fields that fit a post: its requirement's, else its family's (see FIELDS_BY_FAMILY). */
function fitFields(p: PositionPlan): readonly EducationField[] {
  const req = p.education[0]?.fields ?? [];
  return req.length ? req : FIELDS_BY_FAMILY[p.family];
}

function misfitField(
  rng: Random,
  p: PositionPlan,
  fitting: readonly EducationField[],
  gender: 'M' | 'F',
): EducationField {
  const taken = new Set<EducationField>([...fitting, ...p.unit.fields]);
  if (gender === 'M') taken.add('HEALTH_MIDWIFERY');
  return rng.weighted(MISFIT_WEIGHTS.filter(([f]) => !taken.has(f)));
}

/** The school before a diploma: science stream before health, science and engineering studies. */
function schoolBefore(rng: Random, field: EducationField): MajorInfo {
  if (SCIENCE_STREAM.has(field) || field.startsWith('HEALTH') || field.startsWith('ENGINEERING')) {
    return rng.chance(0.85) ? SMA_IPA : smaMajor(rng, field);
  }
  return rng.chance(0.8) ? rng.pick(SMA_GENERAL.slice(0, 4)) : smaMajor(rng, field);
}

function smaMajor(rng: Random, field: EducationField | null): MajorInfo {
  const special = field ? SMA_BY_FIELD[field] : undefined;
  return special && rng.chance(0.5) ? special : rng.pick(SMA_GENERAL);
}

/** A major of the typical ones at the level, or one of the same field at the level. */
function fitMajor(rng: Random, majors: readonly MajorInfo[], level: EducationLevel): MajorInfo {
  const atLevel = majors.filter((m) => educationRank(m.level) === educationRank(level));
  if (atLevel.length) return rng.pick(atLevel);
  const field = majors[0]!.field;
  const options = majorsOf(field, level);
  return options.length ? rng.pick(options) : rng.pick(majors);
}

function majorAt(rng: Random, field: EducationField, level: EducationLevel, min: EducationLevel): MajorInfo {
  for (const l of [level, ...LEVEL_FALLBACK]) {
    if (educationRank(l) < educationRank(min)) continue;
    const options = majorsOf(field, l);
    if (options.length) return rng.pick(options);
  }
  return rng.pick(majorsOf('SOCIAL_GOVERNMENT', 'S1'));
}

/** Adds the SMA, an earlier D3 or S1, and decides which degrees came while in service. */
function expand(rng: Random, final: MajorInfo, fits: boolean, firstDegree?: MajorInfo): EducationPlan {
  const sma = schoolBefore(rng, final.field);
  const rank = educationRank(final.level);
  if (final.level === 'SMA') return { before: [], entry: final, later: [], fits };
  if (rank < educationRank('S1')) return { before: [sma], entry: final, later: [], fits };
  if (rank === educationRank('S1')) {
    const d3 = majorsOf(final.field, 'D3');
    if (TOP_UP.has(final.field) && d3.length && rng.chance(0.3)) {
      return { before: [sma], entry: rng.pick(d3), later: [final], fits };
    }
    return { before: [sma], entry: final, later: [], fits };
  }
  const first =
    final.field === 'HEALTH_MEDICINE'
      ? majorByName('S1 Pendidikan Dokter')
      : (firstDegree ?? majorAt(rng, relatedS1(rng, final.field), 'S1', 'S1'));
  if (final.level === 'S3') {
    const s2 = majorAt(rng, final.field, 'S2', 'S2');
    return { before: [first], entry: s2, later: [final], fits };
  }
  return rng.chance(0.75)
    ? { before: [sma], entry: first, later: [final], fits }
    : { before: [sma, first], entry: final, later: [], fits };
}

/** The S1 under an S2: the same field for teachers and health workers, often the same for others. */
function relatedS1(rng: Random, field: EducationField): EducationField {
  if (field === 'EDUCATION' || field.startsWith('HEALTH')) return field;
  return rng.chance(0.7) && majorsOf(field, 'S1').length
    ? field
    : rng.pick(['SOCIAL_GOVERNMENT', 'MANAGEMENT', 'ECONOMICS', 'LAW'] as const);
}

/**
 * The education history with graduation years: school at about 18, diplomas before entering the
 * service, later degrees from entry + 2 years to last year (or to `deadlineYear`, when the current
 * post needs the degree). Oldest first, at most three entries; `majors[i]` describes `history[i]`.
 */
export function educationHistory(
  rng: Random,
  plan: EducationPlan,
  birthYear: number,
  entryYear: number,
  asOfYear: number,
  deadlineYear?: number,
): { history: Education[]; majors: MajorInfo[] } {
  const majors = [...plan.before, plan.entry, ...plan.later];
  const history: Education[] = [];
  let year = 0;
  majors.forEach((m, i) => {
    if (i <= plan.before.length) {
      year =
        m.level === 'SMA'
          ? birthYear + rng.int(17, 19)
          : Math.max(year, birthYear + 18) + studyYears(m) + rng.int(0, 1);
      year = Math.min(year, entryYear);
    } else {
      const hi = Math.max(year + 1, Math.min(asOfYear - 1, deadlineYear ?? asOfYear));
      year = rng.int(Math.min(Math.max(year + 1, entryYear + 2), hi), hi);
    }
    const institution = rng.pick(INSTITUTIONS[m.institutions]);
    history.push({ level: m.level, field: m.field, major: m.major, institution, graduationYear: year });
  });
  return { history, majors };
}

function studyYears(m: MajorInfo): number {
  return m.level === 'D3' ? 3 : m.level === 'S2' ? 2 : m.level === 'S3' ? 4 : 4;
}
