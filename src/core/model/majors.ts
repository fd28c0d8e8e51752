/**
 * Study programmes (jurusan) that decide who may hold a post: the qualifying programmes of the
 * regulated professions (DOMAIN.md 15.1) and of subject teachers (linieritas). A coarse
 * {@link EducationField} cannot tell a physician from a dentist or a PGSD graduate from a
 * mathematics teacher; a major code can. Programmes outside this list keep only their field.
 */
export const MAJOR_CODES = [
  'PENDIDIKAN_DOKTER',
  'KEDOKTERAN_GIGI',
  'SPESIALIS_PENYAKIT_DALAM',
  'SPESIALIS_ANAK',
  'SPESIALIS_OBSGIN',
  'SPESIALIS_BEDAH',
  'SPESIALIS_ANESTESI',
  'SPESIALIS_RADIOLOGI',
  'KEPERAWATAN',
  'KEBIDANAN',
  'FARMASI',
  'GIZI',
  'KESEHATAN_LINGKUNGAN',
  'TEKNOLOGI_LABORATORIUM_MEDIS',
  'RADIOLOGI',
  'REKAM_MEDIS',
  'FISIOTERAPI',
  'KESEHATAN_MASYARAKAT',
  'PGSD',
  'PAUD',
  'PENDIDIKAN_MATEMATIKA',
  'PENDIDIKAN_BAHASA_INDONESIA',
  'PENDIDIKAN_BAHASA_INGGRIS',
  'PENDIDIKAN_BIOLOGI',
  'PENDIDIKAN_FISIKA',
  'PENDIDIKAN_KIMIA',
  'PENDIDIKAN_EKONOMI',
  'PENDIDIKAN_SEJARAH',
  'PENDIDIKAN_GEOGRAFI',
  'PENDIDIKAN_JASMANI',
  'ILMU_KEOLAHRAGAAN',
  'PENDIDIKAN_PANCASILA',
  'BIMBINGAN_KONSELING',
  'PENDIDIKAN_SENI',
  'PENDIDIKAN_TEKNOLOGI_INFORMASI',
  'PENDIDIKAN_AGAMA_ISLAM',
  'PENDIDIKAN_AGAMA_KRISTEN',
] as const;
export type MajorCode = (typeof MAJOR_CODES)[number];

export function isMajorCode(s: unknown): s is MajorCode {
  return typeof s === 'string' && (MAJOR_CODES as readonly string[]).includes(s);
}
