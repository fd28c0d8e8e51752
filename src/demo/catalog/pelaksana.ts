import type { EducationField, EducationLevel } from '../../core/model/education.js';
import type { PositionFamily } from '../../core/model/position.js';

/**
 * Pelaksana positions (routine work; DOMAIN.md 2.1) with their kelas jabatan. The names follow the
 * nomenclature in use in Pemda after PermenPANRB 41/2018; kelas values are typical, not official.
 */
export interface PelaksanaTemplate {
  readonly name: string;
  /** Null: takes the family of the unit it sits in. */
  readonly family: PositionFamily | null;
  readonly kelas: number;
  readonly minLevel: EducationLevel;
  readonly fields: readonly EducationField[];
  /** Share of women among holders. */
  readonly female: number;
}

function p(
  name: string,
  kelas: number,
  family: PositionFamily | null = null,
  minLevel: EducationLevel = 'SMA',
  fields: readonly EducationField[] = [],
  female = 0.5,
): PelaksanaTemplate {
  return { name, family, kelas, minLevel, fields, female };
}

const FIN: readonly EducationField[] = ['ACCOUNTING', 'ECONOMICS', 'MANAGEMENT'];

export const PELAKSANA_TEMPLATES = {
  UMUM: p('Pengadministrasi Umum', 5, 'GENERAL_ADMIN', 'SMA', [], 0.55),
  PERSURATAN: p('Pengadministrasi Persuratan', 5, 'GENERAL_ADMIN', 'SMA', [], 0.6),
  DATA: p('Pengelola Data', 6),
  OPERATOR: p('Operator Layanan Operasional', 5),
  KEUANGAN: p('Pengelola Keuangan', 7, 'FINANCE', 'D3', FIN, 0.6),
  BENDAHARA: p('Bendahara', 7, 'FINANCE', 'D3', FIN, 0.65),
  BMD: p('Pengelola Barang Milik Daerah', 6, 'FINANCE', 'SMA', [], 0.45),
  KEPEGAWAIAN: p('Pengelola Kepegawaian', 6, 'HR', 'SMA', [], 0.55),
  PENGEMUDI: p('Pengemudi', 3, 'GENERAL_ADMIN', 'SMA', [], 0),
  KEAMANAN: p('Petugas Keamanan', 3, 'PUBLIC_ORDER', 'SMA', [], 0.05),
  SARPRAS: p('Pengelola Sarana dan Prasarana Kantor', 5, 'GENERAL_ADMIN', 'SMA', [], 0.3),
  PROGRAM: p('Pengelola Program dan Kegiatan', 7, 'PLANNING', 'D3', [], 0.5),
  PERUNDANGAN: p('Pengelola Bahan Perundang-undangan', 7, 'LEGAL', 'D3', ['LAW'], 0.5),
  PROTOKOL: p('Pengelola Protokol', 6, 'COMMUNICATION', 'SMA', [], 0.5),
  SEKOLAH: p('Pengelola Data Pendidikan', 5, 'EDUCATION_ADMIN', 'SMA', [], 0.55),
  PENJAGA_SEKOLAH: p('Penjaga Sekolah', 2, 'EDUCATION_ADMIN', 'SMA', [], 0.1),
  KESEHATAN: p('Pengadministrasi Layanan Kesehatan', 5, 'HEALTH_PUBLIC', 'SMA', [], 0.7),
  AMBULANS: p('Pengemudi Ambulans', 3, 'GENERAL_ADMIN', 'SMA', [], 0),
  JALAN: p('Pengelola Pemeliharaan Jalan dan Jembatan', 6, 'ENGINEERING', 'SMA', [], 0.1),
  PERMUKIMAN: p('Pengelola Sarana Permukiman', 6, 'ENGINEERING', 'SMA', [], 0.2),
  KEBERSIHAN: p('Petugas Kebersihan Lingkungan', 3, 'ENVIRONMENT', 'SMA', [], 0.3),
  TPI: p('Pengelola Tempat Pelelangan Ikan', 6, 'AGRI_FISHERIES', 'SMA', [], 0.3),
  PASAR: p('Pengelola Retribusi Daerah', 6, 'ECONOMY_TRADE', 'SMA', [], 0.35),
  WISATA: p('Pengelola Objek Wisata', 5, 'TOURISM_CULTURE', 'SMA', [], 0.45),
  OLAHRAGA: p('Pengelola Sarana Olahraga', 5, 'SOCIAL_SERVICES', 'SMA', [], 0.3),
  LALIN: p('Pengatur Lalu Lintas', 5, 'TRANSPORT', 'SMA', [], 0.1),
  DUKCAPIL: p('Pengelola Layanan Kependudukan', 6, 'POPULATION_REGISTRY', 'SMA', [], 0.6),
  PERIZINAN: p('Pengelola Layanan Perizinan', 6, 'ECONOMY_TRADE', 'SMA', [], 0.55),
  SOSIAL: p('Pendamping Rehabilitasi Sosial', 6, 'SOCIAL_SERVICES', 'SMA', [], 0.6),
  TRANTIB: p('Pengelola Ketenteraman dan Ketertiban', 5, 'PUBLIC_ORDER', 'SMA', [], 0.15),
  BENCANA: p('Petugas Tanggap Darurat Bencana', 5, 'PUBLIC_ORDER', 'SMA', [], 0.15),
  PERPUSTAKAAN: p('Pengelola Layanan Perpustakaan', 5, 'LIBRARY_ARCHIVES', 'SMA', [], 0.65),
  ARSIP: p('Pengelola Arsip', 5, 'LIBRARY_ARCHIVES', 'SMA', [], 0.6),
  INFORMASI: p('Pengelola Informasi Publik', 6, 'COMMUNICATION', 'D3', [], 0.5),
  TEKNIS_TI: p('Pengelola Sistem dan Jaringan', 6, 'IT_DIGITAL', 'D3', ['IT'], 0.3),
  PENDAPATAN: p('Pengelola Pajak Daerah', 6, 'FINANCE', 'SMA', [], 0.5),
  KB: p('Pengelola Data Keluarga Berencana', 5, 'SOCIAL_SERVICES', 'SMA', [], 0.65),
} as const satisfies Record<string, PelaksanaTemplate>;

export type PelaksanaKey = keyof typeof PELAKSANA_TEMPLATES;
