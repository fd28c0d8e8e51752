import { type FieldIssue, fail, ok, type Result } from '../errors.js';
import {
  EDUCATION_FIELDS,
  type EducationField,
  type EducationRequirement,
  educationRank,
} from '../model/education.js';
import { POSITION_FAMILIES, type PositionFamily } from '../model/position.js';
import type { UnitKind } from '../model/unit.js';

/** Fields that fit a position family fully (core) or partly (related). */
export interface FieldRelevance {
  readonly core: readonly EducationField[];
  readonly related: readonly EducationField[];
}

/**
 * Which fields of study fit which posts. The post's position family is the primary signal (core or
 * related); the OPD (top-level unit code) and unit kind (puskesmas, rumah sakit, sekolah...) only
 * lift a field to `related`, so that a driver or clerk post in Dinas Kesehatan is not a "core" post
 * for every health graduate. A field the post's own requirement names is core. Data the instansi
 * edits: Penata ships a default (`instansiCode: null`); an instansi's edited copy carries its code,
 * a higher version and the version it started from.
 */
export interface EducationRelevanceTable {
  readonly version: number;
  readonly instansiCode: string | null;
  readonly basedOnVersion: number | null;
  /** Points (0-100) for each grade; `schoolLevel` is what SD-SMA education earns in posts asking no more. */
  readonly values: {
    readonly core: number;
    readonly related: number;
    readonly schoolLevel: number;
    readonly none: number;
  };
  readonly byFamily: Readonly<Record<PositionFamily, FieldRelevance>>;
  /** Fields the work of an OPD or a unit kind draws on: they earn `related` at most. */
  readonly byOpd: Readonly<Record<string, readonly EducationField[]>>;
  readonly byUnitKind: Readonly<Partial<Record<UnitKind, readonly EducationField[]>>>;
}

/** The facts of a post the relevance reads. */
export interface RelevanceTarget {
  readonly family: PositionFamily;
  readonly opdCode: string;
  readonly lineageKinds: readonly UnitKind[];
  readonly educationRequirements: readonly EducationRequirement[];
}

const SCHOOL_RANK = educationRank('SMA');

/**
 * The points each field of study earns in a post, in EDUCATION_FIELDS order: the best of the
 * family's grade, the unit's (`related` at most) and the requirement's (core).
 * @example relevanceRow(table, { family: 'HEALTH_NURSING', ... })[fieldIndex('HEALTH_NURSING')] // 100
 * @example relevanceRow(table, { family: 'GENERAL_ADMIN', opdCode: 'DINKES', ... })[fieldIndex('HEALTH_NURSING')] // 60
 */
export function relevanceRow(table: EducationRelevanceTable, t: RelevanceTarget): Uint8Array {
  const row = new Uint8Array(EDUCATION_FIELDS.length).fill(table.values.none);
  const raise = (fields: readonly EducationField[], v: number) => {
    for (const f of fields) {
      const i = EDUCATION_FIELDS.indexOf(f);
      if (i >= 0 && v > row[i]!) row[i] = v;
    }
  };
  const family = table.byFamily[t.family];
  if (family) {
    raise(family.related, table.values.related);
    raise(family.core, table.values.core);
  }
  // Note: the unit alone never makes a field core; a health graduate fits a Dinkes clerk post only partly.
  raise(table.byOpd[t.opdCode] ?? [], table.values.related);
  for (const k of t.lineageKinds) raise(table.byUnitKind[k] ?? [], table.values.related);
  for (const req of t.educationRequirements) {
    if (educationRank(req.minLevel) > SCHOOL_RANK) raise(req.fields, table.values.core);
  }
  return row;
}

/**
 * Whether school-level education (SD-SMA) is enough for the post: it then earns `schoolLevel`.
 * @example acceptsSchoolLevel([{ minLevel: 'SMA', fields: [] }]) // true
 */
export function acceptsSchoolLevel(requirements: readonly EducationRequirement[]): boolean {
  return requirements.length === 0 || requirements.some((r) => educationRank(r.minLevel) <= SCHOOL_RANK);
}

const isField = (f: string): f is EducationField => (EDUCATION_FIELDS as readonly string[]).includes(f);

/**
 * Checks an edited table: known fields only, every family present, points within 0-100 and
 * ordered core >= related >= none.
 * @example validateRelevanceTable(DEFAULT_EDUCATION_RELEVANCE).ok // true
 */
export function validateRelevanceTable(
  t: EducationRelevanceTable,
): Result<EducationRelevanceTable, readonly FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const issue = (field: string, value: unknown, id: string, en: string) =>
    issues.push({
      field,
      value,
      code: 'VALIDATION_FAILED',
      rule: 'EDUCATION_RELEVANCE',
      message: { id, en },
    });
  const { core, related, none, schoolLevel } = t.values;
  for (const [k, v] of Object.entries(t.values)) {
    if (!(v >= 0 && v <= 100)) issue(`values.${k}`, v, 'Nilai harus 0-100', 'Points must be 0-100');
  }
  if (!(core >= related && related >= none && schoolLevel >= none)) {
    issue(
      'values',
      t.values,
      'Urutan nilai: inti >= terkait >= tidak relevan',
      'Points must be core >= related >= none',
    );
  }
  if (!Number.isInteger(t.version) || t.version < 1) {
    issue('version', t.version, 'Versi harus bilangan bulat >= 1', 'Version must be an integer >= 1');
  }
  for (const fam of POSITION_FAMILIES) {
    if (!t.byFamily[fam]) issue(`byFamily.${fam}`, undefined, 'Rumpun jabatan belum diisi', 'Family missing');
  }
  const groups: [string, readonly EducationField[]][] = [
    ...Object.entries(t.byFamily).map(
      ([k, v]) =>
        [`byFamily.${k}`, [...(v?.core ?? []), ...(v?.related ?? [])]] as [string, EducationField[]],
    ),
    ...Object.entries(t.byOpd).map(([k, v]) => [`byOpd.${k}`, v ?? []] as [string, EducationField[]]),
    ...Object.entries(t.byUnitKind).map(
      ([k, v]) => [`byUnitKind.${k}`, v ?? []] as [string, readonly EducationField[]],
    ),
  ];
  for (const [path, fields] of groups) {
    for (const f of fields) {
      if (!isField(f))
        issue(path, f, `Bidang pendidikan tidak dikenal: ${f}`, `Unknown field of study: ${f}`);
    }
  }
  return issues.length ? fail(issues) : ok(t);
}
