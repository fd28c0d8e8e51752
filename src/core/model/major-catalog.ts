import type { EducationField } from './education.js';
import type { MajorCode } from './majors.js';

/** The catalogue of study programmes behind the major codes: their field and the spellings that map to them. */
interface MajorEntry {
  readonly code: MajorCode;
  readonly field: EducationField;
  /** Indonesian name, as a diploma writes it without the level. */
  readonly name: string;
  /** Other spellings seen in SIASN exports and office spreadsheets (without the level). */
  readonly aliases: readonly string[];
}

const e = (code: MajorCode, field: EducationField, name: string, aliases: readonly string[] = []) => ({
  code,
  field,
  name,
  aliases,
});

/** The catalogue: code, field, name and the spellings that map to it. */
export const MAJOR_CATALOG: readonly MajorEntry[] = [
  e('PENDIDIKAN_DOKTER', 'HEALTH_MEDICINE', 'Pendidikan Dokter', [
    'Kedokteran',
    'Kedokteran Umum',
    'Profesi Dokter',
    'Ilmu Kedokteran',
  ]),
  e('KEDOKTERAN_GIGI', 'HEALTH_MEDICINE', 'Kedokteran Gigi', [
    'Pendidikan Dokter Gigi',
    'Profesi Dokter Gigi',
  ]),
  e('SPESIALIS_PENYAKIT_DALAM', 'HEALTH_MEDICINE', 'Ilmu Penyakit Dalam'),
  e('SPESIALIS_ANAK', 'HEALTH_MEDICINE', 'Ilmu Kesehatan Anak'),
  e('SPESIALIS_OBSGIN', 'HEALTH_MEDICINE', 'Obstetri dan Ginekologi'),
  e('SPESIALIS_BEDAH', 'HEALTH_MEDICINE', 'Ilmu Bedah'),
  e('SPESIALIS_ANESTESI', 'HEALTH_MEDICINE', 'Anestesiologi dan Terapi Intensif', ['Anestesiologi']),
  e('SPESIALIS_RADIOLOGI', 'HEALTH_MEDICINE', 'Radiologi Klinik'),
  e('KEPERAWATAN', 'HEALTH_NURSING', 'Keperawatan', ['Ilmu Keperawatan', 'Ners', 'Profesi Ners']),
  e('KEBIDANAN', 'HEALTH_MIDWIFERY', 'Kebidanan', ['Profesi Bidan', 'Ilmu Kebidanan']),
  e('FARMASI', 'HEALTH_PHARMACY', 'Farmasi', ['Profesi Apoteker', 'Apoteker', 'Ilmu Farmasi']),
  e('GIZI', 'HEALTH_PUBLIC', 'Gizi', ['Ilmu Gizi']),
  e('KESEHATAN_LINGKUNGAN', 'HEALTH_PUBLIC', 'Kesehatan Lingkungan', ['Sanitasi', 'Sanitasi Lingkungan']),
  e('TEKNOLOGI_LABORATORIUM_MEDIS', 'HEALTH_PUBLIC', 'Teknologi Laboratorium Medis', [
    'Analis Kesehatan',
    'Analis Kesehatan/Teknologi Laboratorium Medis',
  ]),
  e('RADIOLOGI', 'HEALTH_PUBLIC', 'Radiologi', ['Teknik Radiodiagnostik dan Radioterapi']),
  e('REKAM_MEDIS', 'HEALTH_PUBLIC', 'Rekam Medis dan Informasi Kesehatan', ['Rekam Medis']),
  e('FISIOTERAPI', 'HEALTH_PUBLIC', 'Fisioterapi'),
  e('KESEHATAN_MASYARAKAT', 'HEALTH_PUBLIC', 'Kesehatan Masyarakat', ['Ilmu Kesehatan Masyarakat']),
  e('PGSD', 'EDUCATION', 'Pendidikan Guru Sekolah Dasar', ['PGSD']),
  e('PAUD', 'EDUCATION', 'Pendidikan Anak Usia Dini', ['PG-PAUD', 'Pendidikan Guru PAUD']),
  e('PENDIDIKAN_MATEMATIKA', 'EDUCATION', 'Pendidikan Matematika'),
  e('PENDIDIKAN_BAHASA_INDONESIA', 'EDUCATION', 'Pendidikan Bahasa Indonesia', [
    'Pendidikan Bahasa dan Sastra Indonesia',
  ]),
  e('PENDIDIKAN_BAHASA_INGGRIS', 'EDUCATION', 'Pendidikan Bahasa Inggris'),
  e('PENDIDIKAN_BIOLOGI', 'EDUCATION', 'Pendidikan Biologi'),
  e('PENDIDIKAN_FISIKA', 'EDUCATION', 'Pendidikan Fisika'),
  e('PENDIDIKAN_KIMIA', 'EDUCATION', 'Pendidikan Kimia'),
  e('PENDIDIKAN_EKONOMI', 'EDUCATION', 'Pendidikan Ekonomi'),
  e('PENDIDIKAN_SEJARAH', 'EDUCATION', 'Pendidikan Sejarah'),
  e('PENDIDIKAN_GEOGRAFI', 'EDUCATION', 'Pendidikan Geografi'),
  e('PENDIDIKAN_JASMANI', 'EDUCATION', 'Pendidikan Jasmani, Kesehatan dan Rekreasi', [
    'Pendidikan Jasmani',
    'PJKR',
    'Pendidikan Olahraga',
  ]),
  e('ILMU_KEOLAHRAGAAN', 'EDUCATION', 'Ilmu Keolahragaan'),
  e('PENDIDIKAN_PANCASILA', 'EDUCATION', 'Pendidikan Pancasila dan Kewarganegaraan', ['PPKn', 'PKn']),
  e('BIMBINGAN_KONSELING', 'EDUCATION', 'Bimbingan dan Konseling'),
  e('PENDIDIKAN_SENI', 'EDUCATION', 'Pendidikan Seni Rupa', ['Pendidikan Seni', 'Pendidikan Sendratasik']),
  e('PENDIDIKAN_TEKNOLOGI_INFORMASI', 'EDUCATION', 'Pendidikan Teknologi Informasi', [
    'Pendidikan Informatika',
    'Pendidikan Teknik Informatika',
  ]),
  e('PENDIDIKAN_AGAMA_ISLAM', 'EDUCATION', 'Pendidikan Agama Islam'),
  e('PENDIDIKAN_AGAMA_KRISTEN', 'EDUCATION', 'Pendidikan Agama Kristen'),
];

/** Strips the level people write before a jurusan: `S-1 Keperawatan`, `D III Kebidanan`, `Profesi`... */
const LEVEL_PREFIX =
  /^(S-?\s?[123]|D-?\s?(IV|III|II|I|[1-4])|Diploma\s+(IV|III|II|I|[1-4])|SMA|SMK|SLTA|MA)\s+/i;

/**
 * The comparison key of a jurusan: without its level, spaces folded, lower case.
 * @example majorKey('S-1  Ilmu Keperawatan') // 'ilmu keperawatan'
 */
export function majorKey(jurusan: string): string {
  return jurusan.replace(LEVEL_PREFIX, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

const BY_KEY = new Map<string, MajorEntry>();
for (const m of MAJOR_CATALOG) {
  for (const name of [m.name, ...m.aliases]) BY_KEY.set(majorKey(name), m);
}
const BY_CODE = new Map<MajorCode, MajorEntry>(MAJOR_CATALOG.map((m) => [m.code, m]));

/**
 * The major code of a jurusan as a diploma or a spreadsheet writes it, or null when it is not one
 * of the catalogue's programmes.
 * @example majorCodeOf('S1 Pendidikan Guru Sekolah Dasar') // 'PGSD'
 * @example majorCodeOf('D-III Keperawatan') // 'KEPERAWATAN'
 */
export function majorCodeOf(jurusan: string): MajorCode | null {
  return BY_KEY.get(majorKey(jurusan))?.code ?? null;
}

/**
 * The Indonesian name of a major code (for messages).
 * @example majorName('PGSD') // 'Pendidikan Guru Sekolah Dasar'
 */
export function majorName(code: MajorCode): string {
  return BY_CODE.get(code)?.name ?? code;
}

/**
 * The education field a major code folds into.
 * @example majorField('KEDOKTERAN_GIGI') // 'HEALTH_MEDICINE'
 */
export function majorField(code: MajorCode): EducationField {
  return BY_CODE.get(code)?.field ?? 'GENERAL';
}
