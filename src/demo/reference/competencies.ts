import {
  type CompetencyLevel,
  type CompetencyStandard,
  MANAGERIAL_COMPETENCIES,
  SOCIO_CULTURAL_COMPETENCY,
} from '../../core/model/competency.js';
import type { JfLevel, PositionFamily, PositionGrade } from '../../core/model/position.js';

/**
 * Technical competencies of the demo: one per position family (`T.HEALTH_NURSING`) plus two
 * cross-cutting ones. PermenPANRB 38/2017 leaves technical standards to the instansi pembina; these
 * names are illustrative.
 */
export const TECHNICAL_COMPETENCIES: Readonly<Record<string, string>> = {
  'T.GENERAL_ADMIN': 'Administrasi Perkantoran',
  'T.FINANCE': 'Pengelolaan Keuangan Daerah',
  'T.HR': 'Manajemen ASN',
  'T.PLANNING': 'Perencanaan Pembangunan Daerah',
  'T.LEGAL': 'Penyusunan Produk Hukum Daerah',
  'T.IT_DIGITAL': 'Sistem Pemerintahan Berbasis Elektronik',
  'T.HEALTH_MEDICAL': 'Pelayanan Medis dan Penunjang Medis',
  'T.HEALTH_NURSING': 'Asuhan Keperawatan dan Kebidanan',
  'T.HEALTH_PUBLIC': 'Kesehatan Masyarakat',
  'T.EDUCATION_TEACHING': 'Pembelajaran dan Penilaian',
  'T.EDUCATION_ADMIN': 'Manajemen Pendidikan',
  'T.ENGINEERING': 'Rekayasa Infrastruktur',
  'T.ENVIRONMENT': 'Pengelolaan Lingkungan Hidup',
  'T.AGRI_FISHERIES': 'Pengelolaan Perikanan',
  'T.SOCIAL_SERVICES': 'Pelayanan dan Pemberdayaan Sosial',
  'T.POPULATION_REGISTRY': 'Administrasi Kependudukan',
  'T.PUBLIC_ORDER': 'Ketenteraman, Ketertiban dan Perlindungan Masyarakat',
  'T.TRANSPORT': 'Manajemen Lalu Lintas dan Angkutan',
  'T.ECONOMY_TRADE': 'Pembinaan Perdagangan, Koperasi dan Investasi',
  'T.TOURISM_CULTURE': 'Pengembangan Pariwisata dan Kebudayaan',
  'T.LIBRARY_ARCHIVES': 'Pengelolaan Perpustakaan dan Kearsipan',
  'T.AUDIT': 'Pengawasan Intern Pemerintah',
  'T.COMMUNICATION': 'Komunikasi Publik',
  'T.GOVERNANCE': 'Tata Kelola Pemerintahan Daerah',
  'T.PUBLIC_SERVICE': 'Manajemen Pelayanan Publik',
};

const JF_LEVEL_COMPETENCY: Readonly<Record<JfLevel, CompetencyLevel>> = {
  AHLI_UTAMA: 4,
  AHLI_MADYA: 3,
  AHLI_MUDA: 2,
  AHLI_PERTAMA: 1,
  PENYELIA: 2,
  MAHIR: 1,
  TERAMPIL: 1,
  PEMULA: 1,
};

/**
 * Required managerial/socio-cultural level of a grade (DOMAIN.md 8.2 [U]): JPT pratama 4,
 * administrator 3, pengawas 2, pelaksana 1, JF by level. A JF with a tugas tambahan leads a unit and
 * needs at least the pengawas level.
 */
export function requiredLevel(grade: PositionGrade, tugasTambahan: string | null): CompetencyLevel {
  switch (grade.kind) {
    case 'JPT_UTAMA':
    case 'JPT_MADYA':
      return 5;
    case 'JPT_PRATAMA':
      return 4;
    case 'ADMINISTRATOR':
      return 3;
    case 'PENGAWAS':
      return 2;
    case 'PELAKSANA':
      return 1;
    case 'JF': {
      const level = JF_LEVEL_COMPETENCY[grade.jfLevel];
      return tugasTambahan ? (Math.max(level, 2) as CompetencyLevel) : level;
    }
  }
}

/** The technical codes of a position: its family, its unit's family, governance for managers. */
export function technicalCodes(
  family: PositionFamily,
  unitFamily: PositionFamily,
  grade: PositionGrade,
): string[] {
  const codes = new Set<string>();
  if (family !== 'LEADERSHIP') codes.add(`T.${family}`);
  if (unitFamily !== family && unitFamily !== 'LEADERSHIP') codes.add(`T.${unitFamily}`);
  if (grade.kind === 'JPT_PRATAMA' || grade.kind === 'ADMINISTRATOR' || family === 'LEADERSHIP')
    codes.add('T.GOVERNANCE');
  if (codes.size === 0) codes.add('T.PUBLIC_SERVICE');
  return [...codes].slice(0, 3);
}

const cache = new Map<string, readonly CompetencyStandard[]>();

/**
 * The standard of a position: the 8 managerial competencies and Perekat Bangsa at the grade's level,
 * and the technical ones (one level higher for JF, whose work is technical). Shared between
 * positions with the same shape.
 */
export function competencyStandard(
  level: CompetencyLevel,
  technical: readonly string[],
  isJf: boolean,
): readonly CompetencyStandard[] {
  const techLevel = (isJf ? Math.min(5, level + 1) : level) as CompetencyLevel;
  const key = `${level}|${techLevel}|${technical.join(',')}`;
  let standard = cache.get(key);
  if (!standard) {
    standard = [
      ...MANAGERIAL_COMPETENCIES.map((c) => ({
        type: 'MANAGERIAL' as const,
        code: c.code,
        name: c.name,
        level,
      })),
      {
        type: 'SOCIO_CULTURAL' as const,
        code: SOCIO_CULTURAL_COMPETENCY.code,
        name: SOCIO_CULTURAL_COMPETENCY.name,
        level,
      },
      ...technical.map((code) => ({
        type: 'TECHNICAL' as const,
        code,
        name: TECHNICAL_COMPETENCIES[code] ?? code,
        level: techLevel,
      })),
    ];
    cache.set(key, standard);
  }
  return standard;
}
