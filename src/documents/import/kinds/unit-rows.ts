import { UNIT_KINDS, type UnitKind } from '../../../core/model/unit.js';
import type { ColumnSpec } from '../headers.js';
import type { TableSpec } from '../table-spec.js';
import { choiceCell, optionalText, textCell } from '../value-cells.js';

export type UnitField = 'code' | 'name' | 'shortName' | 'kind' | 'parentCode';

export const UNIT_COLUMNS: readonly ColumnSpec<UnitField>[] = [
  {
    field: 'parentCode',
    label: 'KODE INDUK',
    matches: /^(KODE )?(UNIT |UNOR )?(INDUK|ATASAN)( UNIT| UNOR)?$|^(KODE|KD) (UNIT|UNOR) (INDUK|ATASAN)$/,
  },
  { field: 'code', label: 'KODE UNIT', matches: /^(KODE|KD)( UNIT| UNOR| UNIT KERJA)?$/ },
  { field: 'shortName', label: 'SINGKATAN', matches: /^SINGKATAN$|^NAMA SINGKAT$/ },
  { field: 'kind', label: 'JENIS UNIT', matches: /^JENIS( UNIT| UNOR)?$/ },
  { field: 'name', label: 'NAMA UNIT', matches: /^NAMA( UNIT| UNOR| UNIT KERJA)?$|^UNIT KERJA$|^UNOR$/ },
];

const KIND_ALIASES: Readonly<Record<string, UnitKind>> = {
  DINAS: 'OPD',
  BADAN: 'OPD',
  KANTOR: 'OPD',
  SEKRETARIAT_DAERAH: 'OPD',
  INSPEKTORAT: 'OPD',
  RSUD: 'RUMAH_SAKIT',
  SUBBAGIAN: 'BAGIAN',
  SEKSI: 'BIDANG',
  BIDANG_SEKSI: 'BIDANG',
};

export interface UnitRow {
  readonly row: number;
  readonly code: string;
  readonly name: string;
  readonly shortName: string | null;
  readonly kind: UnitKind;
  readonly parentCode: string | null;
}

/** The unit table: one unit per row, its parent named by code (blank for an OPD or kecamatan). */
export const unitTable: TableSpec<UnitField, UnitRow> = {
  kind: 'units',
  columns: UNIT_COLUMNS,
  key: 'code',
  required: ['code', 'name', 'kind'],
  readRow(r) {
    const code = r.take('code', textCell(r.cell('code'), 'code', 'KODE UNIT'));
    const name = r.take('name', textCell(r.cell('name'), 'name', 'NAMA UNIT'));
    const kind = r.take('kind', choiceCell(r.cell('kind'), 'kind', UNIT_KINDS, KIND_ALIASES));
    if (!code || !name || !kind) return null;
    return {
      row: r.number,
      code,
      name,
      shortName: optionalText(r.cell('shortName')),
      kind,
      parentCode: optionalText(r.cell('parentCode')),
    };
  },
};
