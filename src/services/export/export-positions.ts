import { golonganLabel } from '../../core/model/golongan.js';
import { PROFESSION_RULES } from '../../core/model/profession-rules.js';
import type { Principal } from '../../core/policies/roles.js';
import type { ExportColumn, ExportTable } from '../../documents/export/export-table.js';
import { unitCodesById } from '../../store/repositories/export-unit-labels.js';
import type { AppContext } from '../app-context.js';
import { listPositions, type PositionListItem, type PositionQuery } from '../organisation/list-positions.js';

export type PositionExportFilter = Omit<PositionQuery, 'page' | 'pageSize'>;

const PAGE_SIZE = 200;

interface PositionExportRow extends PositionListItem {
  readonly unitCode: string | null;
}

/** Positions with seats, holders and vacancies; headers the position importer reads back. */
export const POSITION_EXPORT_COLUMNS: readonly ExportColumn<PositionExportRow>[] = [
  { header: 'KODE JABATAN', type: 'text', value: (p) => p.code, width: 18 },
  { header: 'NAMA JABATAN', type: 'text', value: (p) => p.name, width: 34 },
  { header: 'UNIT KERJA', type: 'text', value: (p) => p.unitCode ?? p.unitName, width: 18 },
  { header: 'NAMA UNIT', type: 'text', value: (p) => p.unitName, width: 34 },
  { header: 'JENIS JABATAN', type: 'text', value: (p) => p.grade.kind },
  { header: 'ESELON', type: 'text', value: (p) => ('eselon' in p.grade ? p.grade.eselon : null) },
  { header: 'KATEGORI JF', type: 'text', value: (p) => (p.grade.kind === 'JF' ? p.grade.jfCategory : null) },
  { header: 'JENJANG JF', type: 'text', value: (p) => (p.grade.kind === 'JF' ? p.grade.jfLevel : null) },
  { header: 'RUMPUN JABATAN', type: 'text', value: (p) => p.family },
  { header: 'KELAS JABATAN', type: 'number', value: (p) => p.kelasJabatan },
  {
    header: 'GOL MINIMAL',
    type: 'text',
    value: (p) => (p.minGolongan ? golonganLabel(p.minGolongan) : null),
  },
  { header: 'FORMASI', type: 'number', value: (p) => p.seats },
  { header: 'TERISI', type: 'number', value: (p) => p.holders },
  { header: 'LOWONG', type: 'number', value: (p) => p.vacancies },
  { header: 'TUGAS TAMBAHAN', type: 'text', value: (p) => p.tugasTambahan },
  // The Indonesian label, which the importer reads back as well as the code.
  {
    header: 'PROFESI',
    type: 'text',
    value: (p) => (p.profession ? PROFESSION_RULES[p.profession].label.id : null),
    width: 22,
  },
];

/** Positions and vacancies as an export table, with the list's filters and scope. */
export function positionExport(
  ctx: AppContext,
  principal: Principal,
  filter: PositionExportFilter,
): ExportTable<PositionExportRow> {
  async function* rows(): AsyncGenerator<PositionExportRow> {
    for (let page = 1; ; page++) {
      const { items } = await listPositions(ctx, principal, { ...filter, page, pageSize: PAGE_SIZE });
      if (items.length === 0) return;
      const codes = await unitCodesById(ctx.db, principal.instansiId, [
        ...new Set(items.map((p) => p.unitId)),
      ]);
      for (const p of items) yield { ...p, unitCode: codes.get(p.unitId) ?? null };
      if (items.length < PAGE_SIZE) return;
    }
  }
  return { sheetName: 'Jabatan', columns: POSITION_EXPORT_COLUMNS, rows: rows() };
}
