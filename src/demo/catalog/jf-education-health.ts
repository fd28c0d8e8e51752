import {
  expert,
  HEALTH_ALL,
  type JfTemplate,
  licensed,
  RELIGION,
  SPECIALISTS,
  skill,
  teacher,
} from './jf-helpers.js';

/**
 * Teachers, school supervisors and health workers: the bulk of the functional posts. Teachers and the
 * licensed health workers carry their regulated profession (DOMAIN.md 15.1) and form career groups
 * of their own, so that a radiographer's earlier posts are a radiographer's, not a physiotherapist's.
 */
export const EDUCATION_HEALTH_JF = {
  GURU_KELAS: teacher('Guru Kelas', ['S1 Pendidikan Guru Sekolah Dasar'], 0.78),
  GURU_PAI: teacher('Guru Pendidikan Agama Islam', ['S1 Pendidikan Agama Islam'], 0.55, RELIGION),
  GURU_PAK: teacher('Guru Pendidikan Agama Kristen', ['S1 Pendidikan Agama Kristen'], 0.6, RELIGION),
  GURU_PJOK: teacher(
    'Guru Pendidikan Jasmani, Olahraga dan Kesehatan',
    ['S1 Pendidikan Jasmani, Kesehatan dan Rekreasi', 'S1 Ilmu Keolahragaan'],
    0.25,
  ),
  GURU_MTK: teacher('Guru Matematika', ['S1 Pendidikan Matematika'], 0.65),
  GURU_BIND: teacher('Guru Bahasa Indonesia', ['S1 Pendidikan Bahasa Indonesia'], 0.75),
  GURU_BING: teacher('Guru Bahasa Inggris', ['S1 Pendidikan Bahasa Inggris'], 0.7),
  GURU_IPA: teacher('Guru Ilmu Pengetahuan Alam', ['S1 Pendidikan Biologi', 'S1 Pendidikan Fisika'], 0.65),
  GURU_IPS: teacher(
    'Guru Ilmu Pengetahuan Sosial',
    ['S1 Pendidikan Sejarah', 'S1 Pendidikan Geografi', 'S1 Pendidikan Ekonomi'],
    0.65,
  ),
  GURU_PPKN: teacher('Guru Pendidikan Pancasila', ['S1 Pendidikan Pancasila dan Kewarganegaraan'], 0.65),
  GURU_BK: teacher('Guru Bimbingan dan Konseling', ['S1 Bimbingan dan Konseling'], 0.75, [
    'EDUCATION',
    'PSYCHOLOGY',
  ]),
  GURU_SENI: teacher('Guru Seni Budaya', ['S1 Pendidikan Seni Rupa'], 0.6),
  GURU_INF: teacher('Guru Informatika', ['S1 Pendidikan Teknologi Informasi'], 0.55, ['EDUCATION', 'IT']),
  PENGAWAS_SEKOLAH: {
    ...expert(
      'Pengawas Sekolah',
      'EDUCATION_ADMIN',
      'PENGAWAS_SEKOLAH',
      ['EDUCATION'],
      ['S1 Pendidikan Guru Sekolah Dasar', 'S1 Pendidikan Matematika', 'S1 Pendidikan Bahasa Indonesia'],
    ),
    feeders: ['GURU:Guru Kelas'],
  },
  PENILIK: expert(
    'Penilik',
    'EDUCATION_ADMIN',
    'PENILIK',
    ['EDUCATION'],
    ['S1 Pendidikan Anak Usia Dini'],
    0.6,
  ),
  DOKTER: licensed(
    expert('Dokter', 'HEALTH_MEDICAL', 'DOKTER', ['HEALTH_MEDICINE'], ['S1 Pendidikan Dokter'], 0.6),
    'DOKTER',
  ),
  // A specialist was a general physician before the residency.
  DOKTER_SPESIALIS: licensed(
    {
      ...expert('Dokter Spesialis', 'HEALTH_MEDICAL', 'DOKTER', ['HEALTH_MEDICINE'], SPECIALISTS, 0.45),
      minLevel: 'S2',
    },
    'DOKTER_SPESIALIS',
    ['DOKTER_SPESIALIS', 'DOKTER'],
  ),
  DOKTER_GIGI: licensed(
    expert('Dokter Gigi', 'HEALTH_MEDICAL', 'DOKTER_GIGI', ['HEALTH_MEDICINE'], ['S1 Kedokteran Gigi'], 0.7),
    'DOKTER_GIGI',
  ),
  PERAWAT_T: licensed(
    skill('Perawat', 'HEALTH_NURSING', 'PERAWAT', ['HEALTH_NURSING'], ['D3 Keperawatan'], 0.72),
    'PERAWAT',
  ),
  PERAWAT_A: licensed(
    expert(
      'Perawat',
      'HEALTH_NURSING',
      'PERAWAT',
      ['HEALTH_NURSING'],
      ['S1 Keperawatan', 'D4 Keperawatan'],
      0.72,
    ),
    'PERAWAT',
  ),
  BIDAN_T: licensed(
    skill('Bidan', 'HEALTH_NURSING', 'BIDAN', ['HEALTH_MIDWIFERY'], ['D3 Kebidanan'], 1),
    'BIDAN',
  ),
  BIDAN_A: licensed(
    expert('Bidan', 'HEALTH_NURSING', 'BIDAN', ['HEALTH_MIDWIFERY'], ['D4 Kebidanan', 'S1 Kebidanan'], 1),
    'BIDAN',
  ),
  APOTEKER: licensed(
    expert('Apoteker', 'HEALTH_MEDICAL', 'FARMASI', ['HEALTH_PHARMACY'], ['S1 Farmasi'], 0.7),
    'APOTEKER',
  ),
  TTK: licensed(
    skill('Asisten Apoteker', 'HEALTH_MEDICAL', 'FARMASI', ['HEALTH_PHARMACY'], ['D3 Farmasi'], 0.75),
    'TTK',
  ),
  SANITARIAN: licensed(
    skill('Sanitarian', 'HEALTH_PUBLIC', 'KESMAS', ['HEALTH_PUBLIC'], ['D3 Kesehatan Lingkungan'], 0.55),
    'SANITARIAN',
  ),
  EPIDEMIOLOG: expert(
    'Epidemiolog Kesehatan',
    'HEALTH_PUBLIC',
    'KESMAS',
    ['HEALTH_PUBLIC', 'HEALTH_MEDICINE'],
    ['S1 Kesehatan Masyarakat'],
    0.6,
  ),
  PENYULUH_KESMAS: expert(
    'Penyuluh Kesehatan Masyarakat',
    'HEALTH_PUBLIC',
    'KESMAS',
    ['HEALTH_PUBLIC'],
    ['S1 Kesehatan Masyarakat'],
    0.7,
  ),
  ADMINKES: expert(
    'Administrator Kesehatan',
    'HEALTH_PUBLIC',
    'KESMAS',
    HEALTH_ALL,
    ['S1 Kesehatan Masyarakat'],
    0.6,
  ),
  NUTRISIONIS: licensed(
    skill('Nutrisionis', 'HEALTH_PUBLIC', 'KESMAS', ['HEALTH_PUBLIC'], ['D3 Gizi'], 0.85),
    'NUTRISIONIS',
  ),
  PRANATA_LAB: licensed(
    skill(
      'Pranata Laboratorium Kesehatan',
      'HEALTH_MEDICAL',
      'PENUNJANG',
      ['HEALTH_PUBLIC'],
      ['D3 Analis Kesehatan', 'D4 Teknologi Laboratorium Medis'],
      0.7,
    ),
    'PRANATA_LAB',
  ),
  RADIOGRAFER: licensed(
    skill('Radiografer', 'HEALTH_MEDICAL', 'PENUNJANG', ['HEALTH_PUBLIC'], ['D3 Radiologi'], 0.45),
    'RADIOGRAFER',
  ),
  PEREKAM_MEDIS: licensed(
    skill(
      'Perekam Medis',
      'HEALTH_MEDICAL',
      'PENUNJANG',
      ['HEALTH_PUBLIC'],
      ['D3 Rekam Medis dan Informasi Kesehatan'],
      0.7,
    ),
    'PEREKAM_MEDIS',
  ),
  FISIOTERAPIS: licensed(
    skill('Fisioterapis', 'HEALTH_MEDICAL', 'PENUNJANG', ['HEALTH_PUBLIC'], ['D3 Fisioterapi'], 0.6),
    'FISIOTERAPIS',
  ),
} as const satisfies Record<string, JfTemplate>;
