import {
  type Education,
  type EducationField,
  type EducationLevel,
  highestEducation,
} from '../../core/model/education.js';
import type { EmployeeSummary } from '../../core/model/employee.js';
import { type GolonganCode, golonganLabel } from '../../core/model/golongan.js';
import type { Principal } from '../../core/policies/roles.js';
import type { ExportColumn, ExportTable } from '../../documents/export/export-table.js';
import type { AppContext } from '../app-context.js';
import { type EmployeeQuery, listEmployees } from '../employees/list-employees.js';

/** An employee row of the export: the list's summary plus what the import needs back. */
export interface EmployeeExportRow extends EmployeeSummary {
  readonly birthPlace: string | null;
  readonly positionCode: string | null;
  readonly unitCode: string | null;
  readonly education: Education | null;
}

export type EmployeeExportFilter = Omit<EmployeeQuery, 'page' | 'pageSize'>;

const PAGE_SIZE = 200;
const EMPLOYMENT_LABEL = {
  PNS: 'PNS',
  CPNS: 'CPNS',
  PPPK: 'PPPK',
  PPPK_PARUH_WAKTU: 'PPPK_PARUH_WAKTU',
} as const;

/**
 * The columns of the employee export. The headers are those the importer recognises, so an
 * exported file imports back unchanged (the round trip is tested).
 */
export const EMPLOYEE_EXPORT_COLUMNS: readonly ExportColumn<EmployeeExportRow>[] = [
  { header: 'NIP', type: 'text', value: (e) => e.nip, width: 21 },
  { header: 'GELAR DEPAN', type: 'text', value: (e) => e.frontTitle },
  { header: 'NAMA', type: 'text', value: (e) => e.name, width: 30 },
  { header: 'GELAR BELAKANG', type: 'text', value: (e) => e.backTitle },
  { header: 'TEMPAT LAHIR', type: 'text', value: (e) => e.birthPlace },
  { header: 'TANGGAL LAHIR', type: 'date', value: (e) => e.birthDate },
  { header: 'JENIS KELAMIN', type: 'text', value: (e) => (e.gender === 'M' ? 'L' : 'P') },
  { header: 'JENIS PEGAWAI', type: 'text', value: (e) => EMPLOYMENT_LABEL[e.employmentType] },
  { header: 'STATUS', type: 'text', value: (e) => e.status },
  { header: 'GOL/RUANG', type: 'text', value: (e) => (e.golongan ? golonganLabel(e.golongan) : null) },
  { header: 'TMT GOL', type: 'date', value: (e) => e.golonganTmt },
  { header: 'KODE JABATAN', type: 'text', value: (e) => e.positionCode },
  { header: 'JABATAN', type: 'text', value: (e) => e.currentPositionName, width: 30 },
  { header: 'UNIT KERJA', type: 'text', value: (e) => e.currentUnitName, width: 30 },
  { header: 'TMT JABATAN', type: 'date', value: (e) => e.currentPositionSince },
  { header: 'PENDIDIKAN', type: 'text', value: (e) => e.education?.level ?? null },
  { header: 'BIDANG PENDIDIKAN', type: 'text', value: (e) => e.education?.field ?? null },
  { header: 'JURUSAN', type: 'text', value: (e) => e.education?.major || null },
  { header: 'NAMA SEKOLAH', type: 'text', value: (e) => e.education?.institution || null },
  { header: 'TAHUN LULUS', type: 'number', value: (e) => e.education?.graduationYear ?? null },
];

/**
 * The employee list as an export table: the same filters, scope and authorization as the list
 * (an OPD head exports their own units only), read page by page so memory stays flat.
 */
export function employeeExport(
  ctx: AppContext,
  principal: Principal,
  filter: EmployeeExportFilter,
): ExportTable<EmployeeExportRow> {
  async function* rows(): AsyncGenerator<EmployeeExportRow> {
    for (let page = 1; ; page++) {
      const { items } = await listEmployees(ctx, principal, { ...filter, page, pageSize: PAGE_SIZE });
      if (items.length === 0) return;
      yield* await withDetails(ctx, principal.instansiId, items);
      if (items.length < PAGE_SIZE) return;
    }
  }
  return { sheetName: 'Pegawai', columns: EMPLOYEE_EXPORT_COLUMNS, rows: rows() };
}

async function withDetails(
  ctx: AppContext,
  instansiId: number,
  items: readonly EmployeeSummary[],
): Promise<EmployeeExportRow[]> {
  const ids = items.map((e) => e.id);
  const [people, education] = await Promise.all([
    ctx.db
      .selectFrom('employees as e')
      .leftJoin('positions as p', 'p.id', 'e.current_position_id')
      .leftJoin('units as u', 'u.id', 'p.unit_id')
      .select(['e.id', 'e.birth_place', 'p.code as position_code', 'u.code as unit_code'])
      .where('e.instansi_id', '=', instansiId)
      .where('e.id', 'in', ids)
      .execute(),
    ctx.db
      .selectFrom('employee_education')
      .select(['employee_id', 'level', 'field', 'major', 'institution', 'graduation_year'])
      .where('employee_id', 'in', ids)
      .orderBy('id')
      .execute(),
  ]);
  const detail = new Map(people.map((p) => [p.id, p]));
  const histories = new Map<number, Education[]>();
  for (const ed of education) {
    const list = histories.get(ed.employee_id) ?? [];
    list.push({
      level: ed.level as EducationLevel,
      field: ed.field as EducationField,
      major: ed.major,
      institution: ed.institution,
      graduationYear: ed.graduation_year,
    });
    histories.set(ed.employee_id, list);
  }
  return items.map((e) => ({
    ...e,
    golongan: e.golongan as GolonganCode | null,
    birthPlace: detail.get(e.id)?.birth_place ?? null,
    positionCode: detail.get(e.id)?.position_code ?? null,
    unitCode: detail.get(e.id)?.unit_code ?? null,
    education: highestEducation(histories.get(e.id) ?? []),
  }));
}
