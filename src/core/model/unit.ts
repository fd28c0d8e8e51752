/**
 * Government bodies and their units. An instansi (e.g. Pemerintah Kota Sibolga) owns a tree of
 * units: OPD at the top, then bidang/bagian, UPT, kecamatan -> kelurahan, puskesmas, sekolah.
 * All personnel data is scoped to one instansi (DOMAIN.md 1.3).
 */
export const INSTANSI_KINDS = ['KOTA', 'KABUPATEN', 'PROVINSI', 'PUSAT'] as const;
export type InstansiKind = (typeof INSTANSI_KINDS)[number];

export interface Instansi {
  readonly id: number;
  /** BKN/SAPK instansi code, e.g. `5276` for Pemerintah Kota Sibolga. */
  readonly code: string;
  readonly name: string;
  readonly kind: InstansiKind;
  readonly province: string;
  /** Kemendagri region code, e.g. `12.73`. */
  readonly regionCode: string;
  /** IANA time zone of the office (`Asia/Jakarta` = WIB): what "today" means for its decisions. */
  readonly timeZone: string;
  readonly version: number;
}

export const UNIT_KINDS = [
  'OPD',
  'SEKRETARIAT',
  'BIDANG',
  'BAGIAN',
  'UPT',
  'KECAMATAN',
  'KELURAHAN',
  'PUSKESMAS',
  'RUMAH_SAKIT',
  'SEKOLAH',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface Unit {
  readonly id: number;
  readonly instansiId: number;
  readonly parentId: number | null;
  readonly code: string;
  readonly name: string;
  readonly shortName: string | null;
  readonly kind: UnitKind;
  readonly version: number;
}

/** Which kinds of unit may sit under which: the tree stays believable (no OPD under a sekolah). */
export const ALLOWED_CHILD_KINDS: Readonly<Record<UnitKind, readonly UnitKind[]>> = {
  OPD: ['SEKRETARIAT', 'BIDANG', 'BAGIAN', 'UPT', 'PUSKESMAS', 'RUMAH_SAKIT', 'SEKOLAH'],
  KECAMATAN: ['SEKRETARIAT', 'BIDANG', 'KELURAHAN'],
  SEKRETARIAT: ['BAGIAN', 'BIDANG'],
  BIDANG: ['BIDANG', 'UPT'],
  BAGIAN: ['BAGIAN'],
  UPT: [],
  KELURAHAN: [],
  PUSKESMAS: [],
  RUMAH_SAKIT: ['BIDANG', 'BAGIAN'],
  SEKOLAH: [],
};

/** Top-level kinds: units with no parent. */
export const ROOT_UNIT_KINDS: readonly UnitKind[] = ['OPD', 'KECAMATAN'];
