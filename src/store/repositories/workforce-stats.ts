import type { Kysely } from 'kysely';
import type { EducationField } from '../../core/model/education.js';
import type { GolonganCode } from '../../core/model/golongan.js';
import {
  addMonths,
  addYears,
  compareDates,
  dateParts,
  type LocalDate,
  localDate,
} from '../../core/model/local-date.js';
import type { PositionKind } from '../../core/model/position.js';
import { DEFAULT_RETIREMENT_AGE, retirementDate } from '../../core/model/retirement.js';
import type { Database } from '../schema.js';
import { inInstansi } from './instansi-scope.js';
import { staffingByUnit, subtreeIds } from './units.js';

const LONG_TENURE_YEARS = 5;

export interface WorkforceStatsOptions {
  readonly asOf: LocalDate;
  /** Count employees whose retirement date falls after `asOf` and at most this many months later. */
  readonly retirementWithinMonths: number;
  /** Only these units and their subtrees (an OPD head's scope); employees then need a current post. */
  readonly unitIds?: readonly number[];
}

export interface WorkforceStats {
  /** Employees not retired; every count below is over them. */
  readonly totalEmployees: number;
  /** Per top-level unit (OPD, kecamatan) of the current post; `unitId: null` = no current post. */
  readonly byUnit: readonly {
    unitId: number | null;
    code: string | null;
    name: string | null;
    count: number;
  }[];
  readonly byGolongan: readonly { golongan: GolonganCode | null; count: number }[];
  /** Field of the highest education. */
  readonly byEducationField: readonly { field: EducationField | null; count: number }[];
  /** Kind of the current position. */
  readonly byPositionKind: readonly { kind: PositionKind | null; count: number }[];
  readonly seats: number;
  /** Current holders of the positions (from the assignments). */
  readonly holders: number;
  /** Empty seats, per position never below 0. */
  readonly vacancies: number;
  /** In their current post for 5 years or more at `asOf`. */
  readonly fiveYearsInPost: number;
  /** Retirement date (BUP by the current post, DEFAULT_RETIREMENT_AGE) within the window. */
  readonly nearRetirement: number;
}

const EMPTY: WorkforceStats = {
  totalEmployees: 0,
  byUnit: [],
  byGolongan: [],
  byEducationField: [],
  byPositionKind: [],
  seats: 0,
  holders: 0,
  vacancies: 0,
  fiveYearsInPost: 0,
  nearRetirement: 0,
};

/** Headline figures of an instansi's workforce at a date (the date is a parameter, never the clock). */
export async function workforceStats(
  db: Kysely<Database>,
  instansiId: number,
  options: WorkforceStatsOptions,
): Promise<WorkforceStats> {
  const scope = options.unitIds ? new Set(await subtreeIds(db, instansiId, options.unitIds)) : null;
  if (scope?.size === 0) return EMPTY;
  let active = db
    .selectFrom('employees as e')
    .where((eb) => inInstansi(db, eb.ref('e.instansi_id'), instansiId))
    .where('e.status', '<>', 'RETIRED');
  if (scope) {
    active = active.where('e.current_position_id', 'in', (eb) =>
      eb
        .selectFrom('positions')
        .select('id')
        .where('instansi_id', '=', instansiId)
        .where('unit_id', 'in', [...scope]),
    );
  }
  const withPost = active.leftJoin('positions as p', 'p.id', 'e.current_position_id');
  const count = active.select((eb) => eb.fn.countAll<number>().as('count'));
  const limit = addMonths(options.asOf, options.retirementWithinMonths);
  const [units, byUnitKind, byGolongan, byField, staffing, tenure, elders] = await Promise.all([
    db
      .selectFrom('units')
      .select(['id', 'parent_id', 'code', 'name'])
      .where('instansi_id', '=', instansiId)
      .execute(),
    withPost
      .select((eb) => [eb.fn.countAll<number>().as('count'), 'p.unit_id', 'p.kind'])
      .groupBy(['p.unit_id', 'p.kind'])
      .execute(),
    count.select('e.current_golongan').groupBy('e.current_golongan').execute(),
    count.select('e.highest_education_field').groupBy('e.highest_education_field').execute(),
    staffingByUnit(db, instansiId),
    count
      .where('e.current_position_since', '<=', addYears(options.asOf, -LONG_TENURE_YEARS))
      .executeTakeFirstOrThrow(),
    // Everyone retiring by `limit` was born before this, whatever their BUP (58 is the lowest).
    withPost
      .select(['e.birth_date', 'p.kind', 'p.jf_level', 'p.family'])
      .where(
        'e.birth_date',
        '<',
        addYears(firstOfMonth(limit), -Math.min(...Object.values(DEFAULT_RETIREMENT_AGE))),
      )
      .execute(),
  ]);

  const unitById = new Map(units.map((u) => [u.id, u]));
  const rootOf = (id: number): number => {
    let unit = unitById.get(id);
    while (unit?.parent_id != null) unit = unitById.get(unit.parent_id);
    return unit?.id ?? id;
  };
  const byRoot = new Map<number | null, number>();
  const byKind = new Map<PositionKind | null, number>();
  let totalEmployees = 0;
  for (const r of byUnitKind) {
    const n = Number(r.count);
    totalEmployees += n;
    const root = r.unit_id === null ? null : rootOf(r.unit_id);
    byRoot.set(root, (byRoot.get(root) ?? 0) + n);
    const kind = r.kind as PositionKind | null;
    byKind.set(kind, (byKind.get(kind) ?? 0) + n);
  }
  let seats = 0;
  let holders = 0;
  let vacancies = 0;
  for (const [unitId, s] of staffing) {
    if (scope && !scope.has(unitId)) continue;
    seats += s.seats;
    holders += s.holders;
    vacancies += s.vacancies;
  }
  const nearRetirement = elders.filter((e) => {
    const date = retirementDate(e.birth_date as LocalDate, retirementAge(e));
    return compareDates(date, options.asOf) > 0 && compareDates(date, limit) <= 0;
  }).length;

  return {
    totalEmployees,
    byUnit: [...byRoot]
      .map(([unitId, n]) => {
        const unit = unitId === null ? undefined : unitById.get(unitId);
        return { unitId, code: unit?.code ?? null, name: unit?.name ?? null, count: n };
      })
      .sort(byCountThen((x) => x.code)),
    byGolongan: byGolongan
      .map((r) => ({ golongan: r.current_golongan as GolonganCode | null, count: Number(r.count) }))
      .sort((a, b) => compareKeys(a.golongan, b.golongan)),
    byEducationField: byField
      .map((r) => ({ field: r.highest_education_field as EducationField | null, count: Number(r.count) }))
      .sort(byCountThen((x) => x.field)),
    byPositionKind: [...byKind].map(([kind, n]) => ({ kind, count: n })).sort(byCountThen((x) => x.kind)),
    seats,
    holders,
    vacancies,
    fiveYearsInPost: Number(tenure.count),
    nearRetirement,
  };
}

/** Ascending, empty last; the same order whichever engine grouped the rows. */
function compareKeys<K extends string | number>(a: K | null, b: K | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function byCountThen<T extends { count: number }>(key: (x: T) => string | number | null) {
  return (a: T, b: T) => b.count - a.count || compareKeys(key(a), key(b));
}

function firstOfMonth(d: LocalDate): LocalDate {
  const { year, month } = dateParts(d);
  return localDate(year, month, 1);
}

/** BUP of the current post (DEFAULT_RETIREMENT_AGE); without a post, that of a pelaksana. */
function retirementAge(p: { kind: string | null; jf_level: string | null; family: string | null }): number {
  const ages = DEFAULT_RETIREMENT_AGE;
  if (p.kind === null) return ages.PELAKSANA;
  if (p.kind === 'JF') {
    if (p.jf_level === 'AHLI_UTAMA') return ages.JF_AHLI_UTAMA;
    if (p.jf_level === 'AHLI_MADYA') return ages.JF_AHLI_MADYA;
    if (p.family === 'EDUCATION_TEACHING') return ages.JF_GURU;
  }
  return ages[p.kind as PositionKind];
}
