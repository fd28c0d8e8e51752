import type { CompetencyLevel, CompetencyStandard, CompetencyType } from '../../core/model/competency.js';
import type { EducationField, EducationLevel, EducationRequirement } from '../../core/model/education.js';
import type { GolonganCode } from '../../core/model/golongan.js';
import type { MajorCode } from '../../core/model/majors.js';
import type {
  Eselon,
  JfCategory,
  JfLevel,
  Position,
  PositionFamily,
  PositionGrade,
} from '../../core/model/position.js';
import type { Profession } from '../../core/model/profession.js';

/** The grade of a position as its three nullable columns. */
export function gradeColumns(grade: PositionGrade): {
  kind: string;
  eselon: string | null;
  jf_category: string | null;
  jf_level: string | null;
} {
  if (grade.kind === 'JF') {
    return { kind: grade.kind, eselon: null, jf_category: grade.jfCategory, jf_level: grade.jfLevel };
  }
  if (grade.kind === 'PELAKSANA')
    return { kind: grade.kind, eselon: null, jf_category: null, jf_level: null };
  return { kind: grade.kind, eselon: grade.eselon, jf_category: null, jf_level: null };
}

export function gradeFromColumns(row: {
  kind: string;
  eselon: string | null;
  jf_category: string | null;
  jf_level: string | null;
}): PositionGrade {
  if (row.kind === 'JF') {
    return { kind: 'JF', jfCategory: row.jf_category as JfCategory, jfLevel: row.jf_level as JfLevel };
  }
  if (row.kind === 'PELAKSANA') return { kind: 'PELAKSANA' };
  return {
    kind: row.kind as Exclude<PositionGrade['kind'], 'JF' | 'PELAKSANA'>,
    eselon: row.eselon as Eselon,
  };
}

export interface PositionRow {
  id: number;
  instansi_id: number;
  unit_id: number;
  code: string;
  name: string;
  kind: string;
  eselon: string | null;
  jf_category: string | null;
  jf_level: string | null;
  family: string;
  kelas_jabatan: number | null;
  min_golongan: number | null;
  is_strategic: boolean | number;
  seats: number;
  tugas_tambahan: string | null;
  profession: string | null;
  version: number;
}

/** Columns of `positions as p` that make a core `Position` (with its requirement rows). */
export const POSITION_COLUMNS = [
  'p.id',
  'p.instansi_id',
  'p.unit_id',
  'p.code',
  'p.name',
  'p.kind',
  'p.eselon',
  'p.jf_category',
  'p.jf_level',
  'p.family',
  'p.kelas_jabatan',
  'p.min_golongan',
  'p.is_strategic',
  'p.seats',
  'p.tugas_tambahan',
  'p.profession',
  'p.version',
] as const;

/** A requirement row as stored: levels and JSON text arrays of fields and major codes. */
export interface RequirementRow {
  min_level: string;
  fields: string;
  majors: string;
}

/**
 * A stored requirement as the core's. `majors` is left out when empty, as drafts and the core
 * write a requirement that accepts any programme of its fields.
 */
export function toEducationRequirement(r: RequirementRow): EducationRequirement {
  const majors = JSON.parse(r.majors) as MajorCode[];
  return {
    minLevel: r.min_level as EducationLevel,
    fields: JSON.parse(r.fields) as EducationField[],
    ...(majors.length > 0 ? { majors } : {}),
  };
}

/** The columns of a requirement row for a core requirement (without ids). */
export function requirementColumns(r: EducationRequirement): RequirementRow {
  return { min_level: r.minLevel, fields: JSON.stringify(r.fields), majors: JSON.stringify(r.majors ?? []) };
}

export function toPosition(
  row: PositionRow,
  requirements: readonly RequirementRow[] = [],
  standards: readonly { type: string; code: string; name: string; level: number }[] = [],
): Position {
  return {
    id: row.id,
    instansiId: row.instansi_id,
    unitId: row.unit_id,
    code: row.code,
    name: row.name,
    grade: gradeFromColumns(row),
    family: row.family as PositionFamily,
    kelasJabatan: row.kelas_jabatan,
    minGolongan: row.min_golongan as GolonganCode | null,
    educationRequirements: requirements.map(toEducationRequirement),
    competencyStandard: standards.map(
      (s): CompetencyStandard => ({
        type: s.type as CompetencyType,
        code: s.code,
        name: s.name,
        level: s.level as CompetencyLevel,
      }),
    ),
    isStrategic: Boolean(row.is_strategic),
    seats: row.seats,
    tugasTambahan: row.tugas_tambahan,
    profession: row.profession as Profession | null,
    version: row.version,
  };
}
