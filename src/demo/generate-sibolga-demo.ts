import { DomainError } from '../core/errors.js';
import type { EmployeeDraft, InstansiDataset, InstansiDraft, PositionDraft } from '../core/model/drafts.js';
import { type LocalDate, parseLocalDate } from '../core/model/local-date.js';
import { monthOf, parseDay } from './dates.js';
import { buildUsers } from './demo-accounts.js';
import { CareerPools } from './histories.js';
import { LicenceNumbers } from './licences.js';
import { NipRegistry, SkNumbers } from './numbers.js';
import { generateEmployee, type PeopleContext, type StoryOverride } from './people.js';
import { buildPositions, type PositionPlan } from './positions.js';
import { Random } from './random.js';
import { allocateSeats, drawVacancyRate } from './seats.js';
import { BASE_EMPLOYEES, buildStructure } from './structure/build-structure.js';

export interface SibolgaDemoOptions {
  /** Same seed and options give byte-identical data. Default 1. */
  readonly seed?: number;
  /** Number of employees, default 2,500; up to 100,000 for benchmarks. */
  readonly employees?: number;
  /** The day the data describes: tenures, ages and validity are computed against it. */
  readonly asOf: LocalDate;
}

/** Shown wherever the demo data appears: the places are real, the people are not. */
export const DEMO_NOTICE = 'Data demo: nama unit dan wilayah nyata, seluruh pegawai dan riwayatnya fiktif.';

export const SIBOLGA_INSTANSI: InstansiDraft = {
  code: '5276',
  name: 'Pemerintah Kota Sibolga',
  kind: 'KOTA',
  province: 'Sumatera Utara',
  regionCode: '12.73',
};

/** The scripted employee behind the `pegawai` account: a nurse by training, pelaksana in Dishub. */
const NURSE_IN_DISHUB: StoryOverride = { major: 'S1 Keperawatan', tenureMonths: 38, minServiceMonths: 96 };

/**
 * A deterministic demo data set for Pemerintah Kota Sibolga: the real OPD, kecamatan and kelurahan
 * with fictional employees, their positions, careers, education, licences, competencies, trainings
 * and disciplinary records, and the demo user accounts. Careers agree with the core's rules on first
 * start (see `audit/` and `credibility.test.ts`), apart from a documented share of misplaced
 * graduates left for the planner. Pure: no clock, no I/O, randomness only from
 * `seed`. Scales linearly (100,000 employees in a few seconds): schools, puskesmas and UPTD grow
 * with the size so that the proportions stay believable.
 *
 * @example
 *   const data = generateSibolgaDemo({ asOf: '2026-01-15' as LocalDate });
 *   data.employees.length; // 2500
 */
export function generateSibolgaDemo(options: SibolgaDemoOptions): InstansiDataset {
  const seed = options.seed ?? 1;
  const employees = options.employees ?? BASE_EMPLOYEES;
  if (!Number.isInteger(employees) || employees < 50 || employees > 200_000) {
    throw new DomainError(
      'VALIDATION_FAILED',
      {
        id: 'Jumlah pegawai demo harus bilangan bulat 50-200.000',
        en: 'Demo employee count must be an integer from 50 to 200,000',
      },
      { field: 'employees', value: employees },
    );
  }
  const parsed = parseLocalDate(options.asOf, 'asOf');
  if (!parsed.ok)
    throw new DomainError(parsed.error.code, parsed.error.message, { field: 'asOf', value: options.asOf });
  const asOf = parseDay(parsed.value);

  const rng = new Random(seed);
  const totalSeats = Math.round(employees / (1 - drawVacancyRate(rng)));
  const structure = buildStructure(rng.fork(), employees, totalSeats);
  const positions = buildPositions(structure.requests);
  const holders = allocateSeats(rng.fork(), positions, employees, totalSeats);

  const structuralHolders = positions.reduce(
    (n, p, i) => n + (p.category === 'STRUCTURAL' ? holders[i]! : 0),
    0,
  );
  const ctx: PeopleContext = {
    rng: rng.fork(),
    asOf,
    asOfMonth: monthOf(asOf),
    nips: new NipRegistry(),
    sk: new SkNumbers(),
    pools: new CareerPools(positions),
    licences: new LicenceNumbers(),
    assessmentChance: Math.max(
      0,
      (0.6 * employees - structuralHolders) / Math.max(1, employees - structuralHolders),
    ),
  };
  const story = storyPosition(positions, holders);
  const people: EmployeeDraft[] = [];
  const firstHolder = new Map<string, EmployeeDraft>();
  let storyEmployee: EmployeeDraft | undefined;
  positions.forEach((p, i) => {
    for (let h = 0; h < holders[i]!; h++) {
      const isStory = i === story && h === 0;
      const e = generateEmployee(ctx, p, isStory ? NURSE_IN_DISHUB : undefined);
      if (isStory) storyEmployee = e;
      if (h === 0) firstHolder.set(p.code, e);
      people.push(e);
    }
  });

  return {
    instansi: SIBOLGA_INSTANSI,
    units: structure.units.map((u) => u.draft),
    positions: positions.map(toDraft),
    employees: people,
    users: buildUsers(firstHolder, storyEmployee ?? people[0]!),
  };
}

/** A filled pelaksana post in Dinas Perhubungan with no field requirement, for the nurse's story. */
function storyPosition(positions: readonly PositionPlan[], holders: readonly number[]): number {
  const inDishub = (p: PositionPlan, i: number) =>
    p.unit.root === 'DISHUB' &&
    p.category === 'PELAKSANA' &&
    holders[i]! > 0 &&
    p.education[0]!.fields.length === 0;
  const i = positions.findIndex(inDishub);
  return i >= 0
    ? i
    : positions.findIndex((p, j) => p.category === 'PELAKSANA' && !p.unit.health && holders[j]! > 0);
}

function toDraft(p: PositionPlan): PositionDraft {
  return {
    code: p.code,
    unitCode: p.unit.draft.code,
    name: p.name,
    grade: p.grade,
    family: p.family,
    kelasJabatan: p.kelasJabatan,
    minGolongan: p.minGolongan,
    educationRequirements: p.education,
    competencyStandard: p.standard,
    isStrategic: p.strategic,
    seats: p.seats,
    tugasTambahan: p.tugasTambahan,
    profession: p.profession,
  };
}
