import { type Education, highestEducation } from '../../core/model/education.js';
import type { EmployeeSummary } from '../../core/model/employee.js';
import { type GolonganCode, golonganLabel } from '../../core/model/golongan.js';
import type { Principal } from '../../core/policies/roles.js';
import type { ExportColumn, ExportTable } from '../../documents/export/export-table.js';
import { loadEmployeeExportDetails } from '../../store/repositories/export-employee-details.js';
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
  const details = await loadEmployeeExportDetails(
    ctx.db,
    instansiId,
    items.map((e) => e.id),
  );
  return items.map((e) => {
    const d = details.get(e.id);
    return {
      ...e,
      golongan: e.golongan as GolonganCode | null,
      birthPlace: d?.birthPlace ?? null,
      positionCode: d?.positionCode ?? null,
      unitCode: d?.unitCode ?? null,
      education: highestEducation(d?.education ?? []),
    };
  });
}
