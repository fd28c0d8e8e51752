import type { EducationField, EducationLevel } from '../../core/model/education.js';
import { majorCodeOf } from '../../core/model/major-catalog.js';
import type { MajorCode } from '../../core/model/majors.js';
import type { InstitutionGroup } from './institutions.js';

/**
 * Indonesian study programmes (jurusan) as civil servants' diplomas name them, with the broad
 * {@link EducationField} each folds into and the academic title it grants. Importers and the
 * education-relevance rules can reuse {@link MAJOR_TO_FIELD} and {@link fieldOfMajor}.
 */
export interface MajorInfo {
  /** As written in a personnel file: level then programme, e.g. `S1 Keperawatan`. */
  readonly major: string;
  readonly level: EducationLevel;
  readonly field: EducationField;
  /** Title written after the name (`S.Kep.`), or null. */
  readonly backTitle: string | null;
  /** Title written before the name (`dr.`, `Ns.`, `apt.`), or null. */
  readonly frontTitle: string | null;
  readonly institutions: InstitutionGroup;
}

type Row = readonly [string, EducationLevel, EducationField, string | null, string | null, InstitutionGroup];

const ROWS: readonly Row[] = [
  ['SMA IPA', 'SMA', 'GENERAL', null, null, 'SMA'],
  ['SMA IPS', 'SMA', 'GENERAL', null, null, 'SMA'],
  ['SMK Akuntansi', 'SMA', 'ACCOUNTING', null, null, 'SMK'],
  ['SMK Administrasi Perkantoran', 'SMA', 'MANAGEMENT', null, null, 'SMK'],
  ['SMK Teknik Komputer dan Jaringan', 'SMA', 'IT', null, null, 'SMK'],
  ['SMK Teknik Kendaraan Ringan', 'SMA', 'ENGINEERING_OTHER', null, null, 'SMK'],
  ['SMK Nautika Kapal Penangkap Ikan', 'SMA', 'FISHERIES', null, null, 'SMK'],
  ['D3 Keperawatan', 'D3', 'HEALTH_NURSING', 'A.Md.Kep.', null, 'HEALTH'],
  ['D3 Kebidanan', 'D3', 'HEALTH_MIDWIFERY', 'A.Md.Keb.', null, 'HEALTH'],
  ['D3 Farmasi', 'D3', 'HEALTH_PHARMACY', 'A.Md.Farm.', null, 'HEALTH'],
  ['D3 Gizi', 'D3', 'HEALTH_PUBLIC', 'A.Md.Gz.', null, 'HEALTH'],
  ['D3 Kesehatan Lingkungan', 'D3', 'HEALTH_PUBLIC', 'A.Md.KL.', null, 'HEALTH'],
  ['D3 Analis Kesehatan', 'D3', 'HEALTH_PUBLIC', 'A.Md.AK.', null, 'HEALTH'],
  ['D3 Radiologi', 'D3', 'HEALTH_PUBLIC', 'A.Md.Rad.', null, 'HEALTH'],
  ['D3 Rekam Medis dan Informasi Kesehatan', 'D3', 'HEALTH_PUBLIC', 'A.Md.RMIK.', null, 'HEALTH'],
  ['D3 Fisioterapi', 'D3', 'HEALTH_PUBLIC', 'A.Md.Ftr.', null, 'HEALTH'],
  ['D3 Akuntansi', 'D3', 'ACCOUNTING', 'A.Md.Ak.', null, 'ECONOMICS'],
  ['D3 Administrasi Perkantoran', 'D3', 'MANAGEMENT', 'A.Md.', null, 'ECONOMICS'],
  ['D3 Manajemen Informatika', 'D3', 'IT', 'A.Md.Kom.', null, 'IT'],
  ['D3 Teknik Komputer', 'D3', 'IT', 'A.Md.Kom.', null, 'IT'],
  ['D3 Teknik Sipil', 'D3', 'ENGINEERING_CIVIL', 'A.Md.T.', null, 'ENGINEERING'],
  ['D3 Teknik Mesin', 'D3', 'ENGINEERING_OTHER', 'A.Md.T.', null, 'ENGINEERING'],
  ['D3 Manajemen Transportasi', 'D3', 'ENGINEERING_OTHER', 'A.Md.Tra.', null, 'ENGINEERING'],
  ['D3 Perpustakaan', 'D3', 'COMMUNICATION', 'A.Md.', null, 'COMMUNICATION'],
  ['D3 Kearsipan', 'D3', 'COMMUNICATION', 'A.Md.', null, 'COMMUNICATION'],
  ['D3 Hubungan Masyarakat', 'D3', 'COMMUNICATION', 'A.Md.I.Kom.', null, 'COMMUNICATION'],
  ['D3 Perikanan', 'D3', 'FISHERIES', 'A.Md.Pi.', null, 'FISHERIES'],
  ['D3 Usaha Perjalanan Wisata', 'D3', 'LANGUAGE_CULTURE', 'A.Md.Par.', null, 'ECONOMICS'],
  ['D4 Ilmu Pemerintahan', 'D4', 'SOCIAL_GOVERNMENT', 'S.STP.', null, 'IPDN'],
  ['D4 Kebidanan', 'D4', 'HEALTH_MIDWIFERY', 'S.Tr.Keb.', null, 'HEALTH'],
  ['D4 Keperawatan', 'D4', 'HEALTH_NURSING', 'S.Tr.Kep.', null, 'HEALTH'],
  ['D4 Teknologi Laboratorium Medis', 'D4', 'HEALTH_PUBLIC', 'S.Tr.Kes.', null, 'HEALTH'],
  ['D4 Akuntansi Sektor Publik', 'D4', 'ACCOUNTING', 'S.Tr.Ak.', null, 'ECONOMICS'],
  ['S1 Pendidikan Dokter', 'S1', 'HEALTH_MEDICINE', null, 'dr.', 'MEDICINE'],
  ['S1 Kedokteran Gigi', 'S1', 'HEALTH_MEDICINE', null, 'drg.', 'MEDICINE'],
  ['S1 Keperawatan', 'S1', 'HEALTH_NURSING', 'S.Kep.', 'Ns.', 'HEALTH'],
  ['S1 Kebidanan', 'S1', 'HEALTH_MIDWIFERY', 'S.Keb.', 'Bd.', 'HEALTH'],
  ['S1 Farmasi', 'S1', 'HEALTH_PHARMACY', 'S.Farm.', 'apt.', 'HEALTH'],
  ['S1 Kesehatan Masyarakat', 'S1', 'HEALTH_PUBLIC', 'S.KM.', null, 'HEALTH'],
  ['S1 Gizi', 'S1', 'HEALTH_PUBLIC', 'S.Gz.', null, 'HEALTH'],
  ['S1 Pendidikan Guru Sekolah Dasar', 'S1', 'EDUCATION', 'S.Pd.', null, 'TEACHER'],
  ['S1 Pendidikan Matematika', 'S1', 'EDUCATION', 'S.Pd.', null, 'TEACHER'],
  ['S1 Pendidikan Bahasa Indonesia', 'S1', 'EDUCATION', 'S.Pd.', null, 'TEACHER'],
  ['S1 Pendidikan Bahasa Inggris', 'S1', 'EDUCATION', 'S.Pd.', null, 'TEACHER'],
  ['S1 Pendidikan Biologi', 'S1', 'EDUCATION', 'S.Pd.', null, 'TEACHER'],
  ['S1 Pendidikan Fisika', 'S1', 'EDUCATION', 'S.Pd.', null, 'TEACHER'],
  ['S1 Pendidikan Ekonomi', 'S1', 'EDUCATION', 'S.Pd.', null, 'TEACHER'],
  ['S1 Pendidikan Sejarah', 'S1', 'EDUCATION', 'S.Pd.', null, 'TEACHER'],
  ['S1 Pendidikan Geografi', 'S1', 'EDUCATION', 'S.Pd.', null, 'TEACHER'],
  ['S1 Pendidikan Jasmani, Kesehatan dan Rekreasi', 'S1', 'EDUCATION', 'S.Pd.', null, 'TEACHER'],
  ['S1 Pendidikan Pancasila dan Kewarganegaraan', 'S1', 'EDUCATION', 'S.Pd.', null, 'TEACHER'],
  ['S1 Bimbingan dan Konseling', 'S1', 'EDUCATION', 'S.Pd.', null, 'TEACHER'],
  ['S1 Pendidikan Seni Rupa', 'S1', 'EDUCATION', 'S.Pd.', null, 'TEACHER'],
  ['S1 Pendidikan Teknologi Informasi', 'S1', 'EDUCATION', 'S.Pd.', null, 'TEACHER'],
  ['S1 Pendidikan Anak Usia Dini', 'S1', 'EDUCATION', 'S.Pd.', null, 'TEACHER'],
  ['S1 Pendidikan Agama Islam', 'S1', 'EDUCATION', 'S.Pd.', null, 'ISLAMIC'],
  ['S1 Pendidikan Agama Kristen', 'S1', 'EDUCATION', 'S.Pd.K.', null, 'CHRISTIAN'],
  ['S1 Ilmu Keolahragaan', 'S1', 'EDUCATION', 'S.Or.', null, 'TEACHER'],
  ['S1 Ilmu Pemerintahan', 'S1', 'SOCIAL_GOVERNMENT', 'S.IP.', null, 'GOVERNMENT'],
  ['S1 Ilmu Administrasi Negara', 'S1', 'SOCIAL_GOVERNMENT', 'S.Sos.', null, 'GOVERNMENT'],
  ['S1 Administrasi Publik', 'S1', 'SOCIAL_GOVERNMENT', 'S.AP.', null, 'GOVERNMENT'],
  ['S1 Ilmu Politik', 'S1', 'SOCIAL_GOVERNMENT', 'S.IP.', null, 'GOVERNMENT'],
  ['S1 Ilmu Hukum', 'S1', 'LAW', 'S.H.', null, 'LAW'],
  ['S1 Hukum Keluarga Islam', 'S1', 'RELIGION', 'S.H.', null, 'ISLAMIC'],
  ['S1 Akuntansi', 'S1', 'ACCOUNTING', 'S.E.', null, 'ECONOMICS'],
  ['S1 Manajemen', 'S1', 'MANAGEMENT', 'S.E.', null, 'ECONOMICS'],
  ['S1 Ekonomi Pembangunan', 'S1', 'ECONOMICS', 'S.E.', null, 'ECONOMICS'],
  ['S1 Ekonomi Syariah', 'S1', 'ECONOMICS', 'S.E.', null, 'ISLAMIC'],
  ['S1 Teknik Sipil', 'S1', 'ENGINEERING_CIVIL', 'S.T.', null, 'ENGINEERING'],
  ['S1 Arsitektur', 'S1', 'ENGINEERING_CIVIL', 'S.Ars.', null, 'ENGINEERING'],
  ['S1 Perencanaan Wilayah dan Kota', 'S1', 'ENGINEERING_CIVIL', 'S.T.', null, 'ENGINEERING'],
  ['S1 Teknik Elektro', 'S1', 'ENGINEERING_OTHER', 'S.T.', null, 'ENGINEERING'],
  ['S1 Teknik Mesin', 'S1', 'ENGINEERING_OTHER', 'S.T.', null, 'ENGINEERING'],
  ['S1 Teknik Lingkungan', 'S1', 'ENVIRONMENT', 'S.T.', null, 'ENGINEERING'],
  ['S1 Ilmu Lingkungan', 'S1', 'ENVIRONMENT', 'S.Si.', null, 'SCIENCE'],
  ['S1 Teknik Informatika', 'S1', 'IT', 'S.Kom.', null, 'IT'],
  ['S1 Sistem Informasi', 'S1', 'IT', 'S.Kom.', null, 'IT'],
  ['S1 Ilmu Komputer', 'S1', 'IT', 'S.Kom.', null, 'IT'],
  ['S1 Statistika', 'S1', 'SCIENCE', 'S.Stat.', null, 'SCIENCE'],
  ['S1 Matematika', 'S1', 'SCIENCE', 'S.Si.', null, 'SCIENCE'],
  ['S1 Biologi', 'S1', 'SCIENCE', 'S.Si.', null, 'SCIENCE'],
  ['S1 Pemanfaatan Sumberdaya Perikanan', 'S1', 'FISHERIES', 'S.Pi.', null, 'FISHERIES'],
  ['S1 Budidaya Perairan', 'S1', 'FISHERIES', 'S.Pi.', null, 'FISHERIES'],
  ['S1 Teknologi Hasil Perikanan', 'S1', 'FISHERIES', 'S.Pi.', null, 'FISHERIES'],
  ['S1 Ilmu Kelautan', 'S1', 'FISHERIES', 'S.Kel.', null, 'FISHERIES'],
  ['S1 Agroteknologi', 'S1', 'AGRICULTURE', 'S.P.', null, 'AGRICULTURE'],
  ['S1 Agribisnis', 'S1', 'AGRICULTURE', 'S.P.', null, 'AGRICULTURE'],
  ['S1 Kesejahteraan Sosial', 'S1', 'SOCIAL_WELFARE', 'S.Sos.', null, 'SOCIAL'],
  ['S1 Sosiologi', 'S1', 'SOCIAL_WELFARE', 'S.Sos.', null, 'SOCIAL'],
  ['S1 Ilmu Komunikasi', 'S1', 'COMMUNICATION', 'S.I.Kom.', null, 'COMMUNICATION'],
  ['S1 Komunikasi dan Penyiaran Islam', 'S1', 'COMMUNICATION', 'S.Sos.', null, 'ISLAMIC'],
  ['S1 Ilmu Perpustakaan', 'S1', 'COMMUNICATION', 'S.Hum.', null, 'COMMUNICATION'],
  ['S1 Psikologi', 'S1', 'PSYCHOLOGY', 'S.Psi.', null, 'SOCIAL'],
  ['S1 Sastra Inggris', 'S1', 'LANGUAGE_CULTURE', 'S.S.', null, 'SCIENCE'],
  ['S1 Sastra Indonesia', 'S1', 'LANGUAGE_CULTURE', 'S.S.', null, 'SCIENCE'],
  ['S1 Pariwisata', 'S1', 'LANGUAGE_CULTURE', 'S.Par.', null, 'ECONOMICS'],
  ['S2 Kesehatan Masyarakat', 'S2', 'HEALTH_PUBLIC', 'M.K.M.', null, 'POSTGRADUATE'],
  ['S2 Administrasi dan Kebijakan Kesehatan', 'S2', 'HEALTH_PUBLIC', 'M.Kes.', null, 'POSTGRADUATE'],
  ['S2 Keperawatan', 'S2', 'HEALTH_NURSING', 'M.Kep.', null, 'POSTGRADUATE'],
  ['S2 Kebidanan', 'S2', 'HEALTH_MIDWIFERY', 'M.Keb.', null, 'POSTGRADUATE'],
  ['S2 Farmasi', 'S2', 'HEALTH_PHARMACY', 'M.Farm.', null, 'POSTGRADUATE'],
  ['S2 Ilmu Penyakit Dalam', 'S2', 'HEALTH_MEDICINE', 'Sp.PD.', null, 'MEDICINE'],
  ['S2 Ilmu Kesehatan Anak', 'S2', 'HEALTH_MEDICINE', 'Sp.A.', null, 'MEDICINE'],
  ['S2 Obstetri dan Ginekologi', 'S2', 'HEALTH_MEDICINE', 'Sp.OG.', null, 'MEDICINE'],
  ['S2 Ilmu Bedah', 'S2', 'HEALTH_MEDICINE', 'Sp.B.', null, 'MEDICINE'],
  ['S2 Anestesiologi dan Terapi Intensif', 'S2', 'HEALTH_MEDICINE', 'Sp.An.', null, 'MEDICINE'],
  ['S2 Radiologi Klinik', 'S2', 'HEALTH_MEDICINE', 'Sp.Rad.', null, 'MEDICINE'],
  ['S2 Teknologi Pendidikan', 'S2', 'EDUCATION', 'M.Pd.', null, 'POSTGRADUATE'],
  ['S2 Pendidikan Matematika', 'S2', 'EDUCATION', 'M.Pd.', null, 'POSTGRADUATE'],
  ['S2 Manajemen Pendidikan', 'S2', 'EDUCATION', 'M.Pd.', null, 'POSTGRADUATE'],
  ['S2 Administrasi Publik', 'S2', 'SOCIAL_GOVERNMENT', 'M.AP.', null, 'POSTGRADUATE'],
  ['S2 Studi Pembangunan', 'S2', 'SOCIAL_GOVERNMENT', 'M.SP.', null, 'POSTGRADUATE'],
  ['S2 Ilmu Pemerintahan', 'S2', 'SOCIAL_GOVERNMENT', 'M.Si.', null, 'POSTGRADUATE'],
  ['S2 Perencanaan Wilayah dan Perdesaan', 'S2', 'ECONOMICS', 'M.Si.', null, 'POSTGRADUATE'],
  ['S2 Ilmu Ekonomi', 'S2', 'ECONOMICS', 'M.Si.', null, 'POSTGRADUATE'],
  ['S2 Magister Manajemen', 'S2', 'MANAGEMENT', 'M.M.', null, 'POSTGRADUATE'],
  ['S2 Akuntansi', 'S2', 'ACCOUNTING', 'M.Ak.', null, 'POSTGRADUATE'],
  ['S2 Ilmu Hukum', 'S2', 'LAW', 'M.H.', null, 'POSTGRADUATE'],
  ['S2 Teknik Sipil', 'S2', 'ENGINEERING_CIVIL', 'M.T.', null, 'POSTGRADUATE'],
  ['S2 Ilmu Komputer', 'S2', 'IT', 'M.Kom.', null, 'POSTGRADUATE'],
  ['S2 Ilmu Komunikasi', 'S2', 'COMMUNICATION', 'M.I.Kom.', null, 'POSTGRADUATE'],
  ['S2 Pengelolaan Sumberdaya Alam dan Lingkungan', 'S2', 'ENVIRONMENT', 'M.Si.', null, 'POSTGRADUATE'],
  ['S2 Kesejahteraan Sosial', 'S2', 'SOCIAL_WELFARE', 'M.Kesos.', null, 'POSTGRADUATE'],
  ['S2 Psikologi Profesi', 'S2', 'PSYCHOLOGY', 'M.Psi.', null, 'POSTGRADUATE'],
  ['S2 Ilmu Kelautan', 'S2', 'FISHERIES', 'M.Si.', null, 'POSTGRADUATE'],
  ['S3 Ilmu Administrasi Publik', 'S3', 'SOCIAL_GOVERNMENT', null, 'Dr.', 'POSTGRADUATE'],
  ['S3 Ilmu Manajemen', 'S3', 'MANAGEMENT', null, 'Dr.', 'POSTGRADUATE'],
];

export const MAJORS: readonly MajorInfo[] = ROWS.map(
  ([major, level, field, backTitle, frontTitle, institutions]) => ({
    major,
    level,
    field,
    backTitle,
    frontTitle,
    institutions,
  }),
);

/** Other spellings seen in SIASN exports and spreadsheets. */
const SYNONYMS: Readonly<Record<string, EducationField>> = {
  Kedokteran: 'HEALTH_MEDICINE',
  'Kedokteran Umum': 'HEALTH_MEDICINE',
  'Profesi Dokter': 'HEALTH_MEDICINE',
  'Ilmu Keperawatan': 'HEALTH_NURSING',
  Ners: 'HEALTH_NURSING',
  'Profesi Ners': 'HEALTH_NURSING',
  'Profesi Bidan': 'HEALTH_MIDWIFERY',
  'Profesi Apoteker': 'HEALTH_PHARMACY',
  'Teknologi Laboratorium Medis': 'HEALTH_PUBLIC',
  'Ilmu Kesehatan Masyarakat': 'HEALTH_PUBLIC',
  PGSD: 'EDUCATION',
  'Administrasi Negara': 'SOCIAL_GOVERNMENT',
  'Ilmu Administrasi Publik': 'SOCIAL_GOVERNMENT',
  'Ilmu Sosial dan Ilmu Politik': 'SOCIAL_GOVERNMENT',
  Hukum: 'LAW',
  'Ilmu Ekonomi': 'ECONOMICS',
  'Ekonomi Manajemen': 'MANAGEMENT',
  'Ekonomi Akuntansi': 'ACCOUNTING',
  Informatika: 'IT',
  'Teknik Komputer dan Informatika': 'IT',
  'Ilmu Perikanan': 'FISHERIES',
  'Manajemen Sumberdaya Perairan': 'FISHERIES',
  Pertanian: 'AGRICULTURE',
  'Ilmu Kesejahteraan Sosial': 'SOCIAL_WELFARE',
  'Pekerjaan Sosial': 'SOCIAL_WELFARE',
};

/** Strips the level from a jurusan: `S-1 Keperawatan`, `D III Kebidanan`, `Sarjana Hukum` ... */
const LEVEL_PREFIX =
  /^(S-?\s?[123]|D-?\s?(IV|III|II|I|[1-4])|Diploma\s+(IV|III|II|I|[1-4])|SMA|SMK|SLTA|MA)\s+/i;

function key(jurusan: string): string {
  return jurusan.replace(LEVEL_PREFIX, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Common jurusan names (without the level) mapped to their education field, e.g.
 * `Keperawatan -> HEALTH_NURSING`, `Teknik Informatika -> IT`.
 */
export const MAJOR_TO_FIELD: Readonly<Record<string, EducationField>> = Object.freeze({
  ...Object.fromEntries(MAJORS.map((m) => [m.major.replace(LEVEL_PREFIX, ''), m.field])),
  ...SYNONYMS,
});

const LOOKUP = new Map(Object.entries(MAJOR_TO_FIELD).map(([name, field]) => [key(name), field]));

/**
 * The education field of a jurusan as people write it, or null when unknown.
 * @example fieldOfMajor('S-1 keperawatan') // 'HEALTH_NURSING'
 */
export function fieldOfMajor(jurusan: string): EducationField | null {
  return LOOKUP.get(key(jurusan)) ?? null;
}

const BY_FIELD_LEVEL = new Map<string, MajorInfo[]>();
for (const m of MAJORS) {
  const k = `${m.field}|${m.level}`;
  const list = BY_FIELD_LEVEL.get(k);
  if (list) list.push(m);
  else BY_FIELD_LEVEL.set(k, [m]);
}

/** The programmes of one field at one level (empty when none is listed). */
export function majorsOf(field: EducationField, level: EducationLevel): readonly MajorInfo[] {
  return BY_FIELD_LEVEL.get(`${field}|${level}`) ?? [];
}

const BY_NAME = new Map(MAJORS.map((m) => [m.major, m]));

export function majorByName(major: string): MajorInfo {
  const found = BY_NAME.get(major);
  if (!found) throw new RangeError(`unknown major ${major}`);
  return found;
}

const CODES = new Map<string, MajorCode | null>();

/**
 * The core's major code of a programme (`S1 Pendidikan Matematika` -> PENDIDIKAN_MATEMATIKA), cached:
 * the generator asks for it millions of times at 100,000 employees.
 */
export function majorCode(major: string): MajorCode | null {
  let code = CODES.get(major);
  if (code === undefined) {
    code = majorCodeOf(major);
    CODES.set(major, code);
  }
  return code;
}
