import { EDUCATION_FIELDS, type Education, type EducationField } from '../../../core/model/education.js';
import { EMPLOYEE_STATUSES, type EmployeeStatus, type Gender } from '../../../core/model/employee.js';
import type { GolonganCode } from '../../../core/model/golongan.js';
import type { LocalDate } from '../../../core/model/local-date.js';
import { EMPLOYMENT_TYPES, type EmploymentType, type Nip, parseNip } from '../../../core/model/nip.js';
import { dateCell } from '../date-cell.js';
import { nipCell } from '../nip-cell.js';
import { problem } from '../problem.js';
import type { RowReader } from '../row-reader.js';
import type { TableSpec } from '../table-spec.js';
import {
  choiceCell,
  educationLevelCell,
  genderCell,
  golonganCell,
  integerCell,
  optionalText,
  textCell,
} from '../value-cells.js';
import { EMPLOYEE_COLUMNS, type EmployeeField } from './employee-columns.js';

/** Where the person sits, as the file names it: a position code, or a position name in a unit. */
export interface PostReference {
  readonly positionCode: string | null;
  readonly positionName: string | null;
  readonly unit: string | null;
  readonly tmt: LocalDate;
}

/** One row of an employee file: identity plus at most one rank, one post and one education. */
export interface EmployeeRow {
  readonly row: number;
  readonly nip: Nip;
  readonly name: string;
  readonly frontTitle: string | null;
  readonly backTitle: string | null;
  readonly birthPlace: string | null;
  readonly birthDate: LocalDate;
  readonly gender: Gender;
  readonly employmentType: EmploymentType;
  readonly tmtCpns: LocalDate | null;
  readonly status: EmployeeStatus;
  readonly rank: { readonly golongan: GolonganCode; readonly tmt: LocalDate } | null;
  readonly post: PostReference | null;
  readonly education: Education | null;
}

const EMPLOYMENT_ALIASES: Readonly<Record<string, EmploymentType>> = {
  PEGAWAI_NEGERI_SIPIL: 'PNS',
  CALON_PNS: 'CPNS',
  CALON_PEGAWAI_NEGERI_SIPIL: 'CPNS',
  PPPK_PENUH_WAKTU: 'PPPK',
  P3K: 'PPPK',
  PPPK_PW: 'PPPK_PARUH_WAKTU',
};
const STATUS_ALIASES: Readonly<Record<string, EmployeeStatus>> = {
  AKTIF: 'ACTIVE',
  CUTI: 'LEAVE',
  CUTI_DI_LUAR_TANGGUNGAN_NEGARA: 'LEAVE',
  CLTN: 'LEAVE',
  DIBERHENTIKAN_SEMENTARA: 'SUSPENDED',
  PENSIUN: 'RETIRED',
};
const FIELD_ALIASES: Readonly<Record<string, EducationField>> = { UMUM: 'GENERAL' };

/**
 * Validates one employee row with the core rules: the NIP (18 digits, a real birth date and TMT
 * CPNS, checked against `asOf`), the birth date and gender against the NIP, golongan with its TMT,
 * a post with its TMT, an education with its year. Blank birth date and gender are taken from the
 * NIP; a blank JENIS PEGAWAI reads as PNS and a blank STATUS as active.
 */
export function readEmployeeRow(r: RowReader<EmployeeField>, asOf: LocalDate): EmployeeRow | null {
  const at = (f: EmployeeField) => ({ row: r.number, column: r.column(f) });
  const employmentType =
    r.optional('employmentType', (c, f) => choiceCell(c, f, EMPLOYMENT_TYPES, EMPLOYMENT_ALIASES)) ?? 'PNS';
  let nip: Nip | undefined;
  let parts: ReturnType<typeof parseNip> | undefined;
  if (r.blank('nip')) {
    r.problems.push(problem(at('nip'), 'NIP_REQUIRED', '', 'NIP wajib diisi', 'NIP is required'));
  } else {
    nip = r.take('nip', nipCell(r.cell('nip'), 'nip'));
    if (nip) {
      parts = parseNip(nip, { employmentType, asOf });
      r.take('nip', parts);
    }
  }
  const name = r.take('name', textCell(r.cell('name'), 'name', 'NAMA'));
  const birthDate = r.optional('birthDate', dateCell);
  const gender = r.optional('gender', genderCell);
  const nipParts = parts?.ok ? parts.value.parts : null;
  if (nipParts && birthDate && birthDate !== nipParts.birthDate) {
    r.problems.push(
      problem(
        at('birthDate'),
        'NIP_BIRTH_DATE_MATCH',
        r.cell('birthDate').text,
        `Tanggal lahir ${birthDate} tidak sesuai dengan NIP (${nipParts.birthDate})`,
        `Birth date ${birthDate} does not match the NIP (${nipParts.birthDate})`,
      ),
    );
  }
  if (nipParts && gender && gender !== nipParts.gender) {
    r.problems.push(
      problem(
        at('gender'),
        'NIP_GENDER_MATCH',
        r.cell('gender').text,
        'Jenis kelamin tidak sesuai dengan digit ke-15 NIP',
        'Gender does not match digit 15 of the NIP',
      ),
    );
  }
  const status =
    r.optional('status', (c, f) => choiceCell(c, f, EMPLOYEE_STATUSES, STATUS_ALIASES)) ?? 'ACTIVE';

  const golongan = r.optional('golongan', golonganCell);
  const golonganTmt = r.optional('golonganTmt', dateCell);
  if (golongan && golonganTmt === null) {
    r.problems.push(
      problem(
        at('golonganTmt'),
        'TMT_REQUIRED',
        '',
        'TMT GOL wajib diisi bila golongan diisi',
        'TMT GOL is required with a golongan',
      ),
    );
  }

  const positionCode = optionalText(r.cell('positionCode'));
  const positionName = optionalText(r.cell('positionName'));
  const positionTmt = r.optional('positionTmt', dateCell);
  if ((positionCode || positionName) && positionTmt === null) {
    r.problems.push(
      problem(
        at('positionTmt'),
        'TMT_REQUIRED',
        '',
        'TMT JABATAN wajib diisi bila jabatan diisi',
        'TMT JABATAN is required with a position',
      ),
    );
  }

  let education: Education | null = null;
  const level = r.optional('educationLevel', educationLevelCell);
  if (level) {
    const field =
      r.optional('educationField', (c, f) => choiceCell(c, f, EDUCATION_FIELDS, FIELD_ALIASES)) ?? 'GENERAL';
    let year: number | undefined;
    if (r.blank('graduationYear')) {
      r.problems.push(
        problem(
          at('graduationYear'),
          'REQUIRED',
          '',
          'TAHUN LULUS wajib diisi bila pendidikan diisi',
          'TAHUN LULUS is required with an education',
        ),
      );
    } else {
      const maxYear = Number(asOf.slice(0, 4));
      year = r.take('graduationYear', integerCell(r.cell('graduationYear'), 'graduationYear', 1950, maxYear));
    }
    if (field && year !== undefined) {
      education = {
        level,
        field,
        major: optionalText(r.cell('major')) ?? '',
        institution: optionalText(r.cell('institution')) ?? '',
        graduationYear: year,
      };
    }
  }

  if (!nip || !nipParts || !name) return null;
  return {
    row: r.number,
    nip,
    name,
    frontTitle: optionalText(r.cell('frontTitle')),
    backTitle: optionalText(r.cell('backTitle')),
    birthPlace: optionalText(r.cell('birthPlace')),
    birthDate: nipParts.birthDate,
    gender: nipParts.gender,
    employmentType,
    tmtCpns: nipParts.tmtCpns,
    status,
    rank: golongan && golonganTmt ? { golongan, tmt: golonganTmt } : null,
    post:
      (positionCode || positionName) && positionTmt
        ? { positionCode, positionName, unit: optionalText(r.cell('unit')), tmt: positionTmt }
        : null,
    education,
  };
}

/** The employee table: one person per row, or several rows per NIP for their histories. */
export function employeeTable(asOf: LocalDate): TableSpec<EmployeeField, EmployeeRow> {
  return {
    kind: 'employees',
    columns: EMPLOYEE_COLUMNS,
    key: 'nip',
    required: ['nip', 'name'],
    readRow: (r) => readEmployeeRow(r, asOf),
  };
}
