import type { GolonganCode } from '../../../core/model/golongan.js';
import {
  ESELONS,
  type Eselon,
  JF_CATEGORIES,
  JF_LEVELS,
  POSITION_FAMILIES,
  POSITION_KINDS,
  type PositionFamily,
  type PositionGrade,
  type PositionKind,
} from '../../../core/model/position.js';
import { buildPositionGrade, resolveMinimumRank } from '../../../core/model/position-grade.js';
import { PROFESSIONS, type Profession } from '../../../core/model/profession.js';
import { PROFESSION_RULES } from '../../../core/model/profession-rules.js';
import type { ColumnSpec } from '../headers.js';
import type { TableSpec } from '../table-spec.js';
import { choiceCell, golonganCell, integerCell, optionalText, textCell } from '../value-cells.js';

export type PositionField =
  | 'code'
  | 'name'
  | 'unit'
  | 'kind'
  | 'eselon'
  | 'jfCategory'
  | 'jfLevel'
  | 'family'
  | 'kelasJabatan'
  | 'minGolongan'
  | 'seats'
  | 'tugasTambahan'
  | 'profession';

export const POSITION_COLUMNS: readonly ColumnSpec<PositionField>[] = [
  { field: 'code', label: 'KODE JABATAN', matches: /^(KODE|KD)( JABATAN| JAB)?$/ },
  { field: 'unit', label: 'UNIT KERJA', matches: /^UNOR$|^UNIT( KERJA)?$|^(KODE|KD) (UNIT|UNOR)$|^OPD$/ },
  { field: 'kind', label: 'JENIS JABATAN', matches: /^JENIS( JABATAN)?$/ },
  { field: 'eselon', label: 'ESELON', matches: /^ESELON$/ },
  { field: 'jfCategory', label: 'KATEGORI JF', matches: /^KATEGORI( JF| JABATAN FUNGSIONAL)?$/ },
  { field: 'jfLevel', label: 'JENJANG JF', matches: /^JENJANG( JF| JABATAN FUNGSIONAL)?$/ },
  { field: 'family', label: 'RUMPUN JABATAN', matches: /^RUMPUN( JABATAN)?$/ },
  { field: 'kelasJabatan', label: 'KELAS JABATAN', matches: /^KELAS( JABATAN)?$/ },
  {
    field: 'minGolongan',
    label: 'GOL MINIMAL',
    matches: /^(GOL|GOLONGAN|PANGKAT)( RUANG)? (MIN|MINIMAL|TERENDAH)$/,
  },
  { field: 'seats', label: 'FORMASI', matches: /^(JUMLAH )?(FORMASI|KEBUTUHAN)( PEGAWAI)?$|^ABK$/ },
  { field: 'tugasTambahan', label: 'TUGAS TAMBAHAN', matches: /^TUGAS TAMBAHAN$/ },
  { field: 'profession', label: 'PROFESI', matches: /^PROFESI( JABATAN)?$|^JENIS PROFESI$/ },
  { field: 'name', label: 'NAMA JABATAN', matches: /^(NAMA )?(JABATAN|JAB)$|^NAMA$/ },
];

const KIND_ALIASES: Readonly<Record<string, PositionKind>> = {
  FUNGSIONAL: 'JF',
  JABATAN_FUNGSIONAL: 'JF',
  JFT: 'JF',
  PELAKSANA_JFU: 'PELAKSANA',
  JFU: 'PELAKSANA',
  STRUKTURAL_ADMINISTRATOR: 'ADMINISTRATOR',
  STRUKTURAL_PENGAWAS: 'PENGAWAS',
};
const ESELON_ALIASES: Readonly<Record<string, Eselon>> = Object.fromEntries(
  ESELONS.flatMap((e) => [
    [e.replace('.', '_').toUpperCase(), e],
    [e.replace('.', '').toUpperCase(), e],
    [e.toUpperCase(), e],
  ]),
) as Record<string, Eselon>;

/** A profession as its code or its Indonesian label (`Dokter gigi`, `Tenaga teknis kefarmasian`). */
const PROFESSION_ALIASES: Readonly<Record<string, Profession>> = Object.fromEntries(
  PROFESSIONS.map((p) => [
    PROFESSION_RULES[p].label.id
      .trim()
      .toUpperCase()
      .replace(/[\s-]+/g, '_'),
    p,
  ]),
);

export interface PositionRow {
  readonly row: number;
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  readonly grade: PositionGrade;
  readonly family: PositionFamily;
  readonly kelasJabatan: number | null;
  readonly minGolongan: GolonganCode | null;
  readonly seats: number;
  readonly tugasTambahan: string | null;
  /** Null: a blank cell (no profession); undefined: the file has no PROFESI column (keep what is stored). */
  readonly profession: Profession | null | undefined;
}

/** The position table: grade checked by core (`buildPositionGrade`), minimum rank against its range. */
export const positionTable: TableSpec<PositionField, PositionRow> = {
  kind: 'positions',
  columns: POSITION_COLUMNS,
  key: 'code',
  required: ['code', 'name', 'unit', 'kind', 'family'],
  readRow(r) {
    const code = r.take('code', textCell(r.cell('code'), 'code', 'KODE JABATAN'));
    const name = r.take('name', textCell(r.cell('name'), 'name', 'NAMA JABATAN'));
    const unit = r.take('unit', textCell(r.cell('unit'), 'unit', 'UNIT KERJA'));
    const kind = r.take('kind', choiceCell(r.cell('kind'), 'kind', POSITION_KINDS, KIND_ALIASES));
    const eselon = r.optional('eselon', (c, f) => choiceCell(c, f, ESELONS, ESELON_ALIASES));
    const jfCategory = r.optional('jfCategory', (c, f) => choiceCell(c, f, JF_CATEGORIES));
    const jfLevel = r.optional('jfLevel', (c, f) => choiceCell(c, f, JF_LEVELS));
    const family = r.take('family', choiceCell(r.cell('family'), 'family', POSITION_FAMILIES));
    const kelasJabatan = r.optional('kelasJabatan', (c, f) => integerCell(c, f, 1, 17));
    const requestedMin = r.optional('minGolongan', golonganCell);
    const seats = r.blank('seats') ? 1 : r.take('seats', integerCell(r.cell('seats'), 'seats', 0, 10_000));
    const profession = r.has('profession')
      ? r.optional('profession', (c, f) => choiceCell(c, f, PROFESSIONS, PROFESSION_ALIASES))
      : null;
    if (!kind || eselon === undefined || jfCategory === undefined || jfLevel === undefined) return null;
    const grade = r.take(
      kind === 'JF' ? 'jfLevel' : 'eselon',
      buildPositionGrade({ kind, eselon, jfCategory, jfLevel }),
    );
    const minGolongan =
      grade && requestedMin !== undefined
        ? r.take('minGolongan', resolveMinimumRank(grade, requestedMin))
        : undefined;
    if (
      !code ||
      !name ||
      !unit ||
      !grade ||
      !family ||
      kelasJabatan === undefined ||
      minGolongan === undefined ||
      seats === undefined ||
      profession === undefined
    )
      return null;
    return {
      row: r.number,
      code,
      name,
      unit,
      grade,
      family,
      kelasJabatan,
      minGolongan,
      seats,
      tugasTambahan: optionalText(r.cell('tugasTambahan')),
      profession: r.has('profession') ? profession : undefined,
    };
  },
};
