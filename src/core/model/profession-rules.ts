import type { EducationLevel } from './education.js';
import type { MajorCode } from './majors.js';
import type { JfCategory } from './position.js';
import type { LicenceKind, Profession } from './profession.js';

/** One way to qualify: a level and one of the majors, for a JF track (null = either track). */
export interface ProfessionQualification {
  readonly track: JfCategory | null;
  readonly minLevel: EducationLevel;
  readonly majors: readonly MajorCode[];
}

export interface ProfessionRule {
  readonly label: { readonly id: string; readonly en: string };
  /** Alternatives: meeting any one qualifies. Teachers' subject majors come from the post itself. */
  readonly qualifications: readonly ProfessionQualification[];
  readonly licences: readonly LicenceKind[];
  readonly citation: { readonly regulation: string; readonly article: string; readonly tag: 'V' | 'S' | 'U' };
}

const UU_KES = {
  regulation: 'UU 17/2023 (Kesehatan)',
  article: 'Pasal 260, 263 (STR dan SIP)',
  tag: 'S',
} as const;
const q = (track: JfCategory | null, minLevel: EducationLevel, majors: readonly MajorCode[]) => ({
  track,
  minLevel,
  majors,
});

/**
 * What each profession asks for. Nurse and midwife have a skill track from D-III and an expert
 * track from S1/D-IV (the profession stage, Ners or Bidan, is evidenced by the STR, which requires
 * it). A teacher's subject comes from the post's own education requirement (its majors), so that
 * a PGSD graduate qualifies as a class teacher and not as a mathematics teacher [S].
 */
export const PROFESSION_RULES: Readonly<Record<Profession, ProfessionRule>> = {
  GURU: {
    label: { id: 'Guru', en: 'Teacher' },
    qualifications: [q(null, 'S1', [])],
    licences: ['SERTIFIKAT_PENDIDIK'],
    citation: { regulation: 'UU 14/2005 (Guru dan Dosen)', article: 'Pasal 8-9', tag: 'V' },
  },
  DOKTER: {
    label: { id: 'Dokter', en: 'Physician' },
    qualifications: [q(null, 'S1', ['PENDIDIKAN_DOKTER'])],
    licences: ['STR', 'SIP'],
    citation: UU_KES,
  },
  DOKTER_GIGI: {
    label: { id: 'Dokter gigi', en: 'Dentist' },
    qualifications: [q(null, 'S1', ['KEDOKTERAN_GIGI'])],
    licences: ['STR', 'SIP'],
    citation: UU_KES,
  },
  DOKTER_SPESIALIS: {
    label: { id: 'Dokter spesialis', en: 'Specialist physician' },
    qualifications: [
      q(null, 'S2', [
        'SPESIALIS_PENYAKIT_DALAM',
        'SPESIALIS_ANAK',
        'SPESIALIS_OBSGIN',
        'SPESIALIS_BEDAH',
        'SPESIALIS_ANESTESI',
        'SPESIALIS_RADIOLOGI',
      ]),
    ],
    licences: ['STR', 'SIP'],
    citation: UU_KES,
  },
  PERAWAT: {
    label: { id: 'Perawat', en: 'Nurse' },
    qualifications: [q('KETERAMPILAN', 'D3', ['KEPERAWATAN']), q('KEAHLIAN', 'S1', ['KEPERAWATAN'])],
    licences: ['STR'],
    citation: UU_KES,
  },
  BIDAN: {
    label: { id: 'Bidan', en: 'Midwife' },
    qualifications: [q('KETERAMPILAN', 'D3', ['KEBIDANAN']), q('KEAHLIAN', 'S1', ['KEBIDANAN'])],
    licences: ['STR'],
    citation: UU_KES,
  },
  APOTEKER: {
    label: { id: 'Apoteker', en: 'Pharmacist' },
    qualifications: [q(null, 'S1', ['FARMASI'])],
    licences: ['STR', 'SIP'],
    citation: UU_KES,
  },
  TTK: {
    label: { id: 'Tenaga teknis kefarmasian', en: 'Pharmacy technician' },
    qualifications: [q(null, 'D3', ['FARMASI'])],
    licences: ['STR'],
    citation: UU_KES,
  },
  NUTRISIONIS: {
    label: { id: 'Nutrisionis', en: 'Nutritionist' },
    qualifications: [q(null, 'D3', ['GIZI'])],
    licences: ['STR'],
    citation: UU_KES,
  },
  SANITARIAN: {
    label: { id: 'Sanitarian', en: 'Sanitarian' },
    qualifications: [q(null, 'D3', ['KESEHATAN_LINGKUNGAN'])],
    licences: ['STR'],
    citation: UU_KES,
  },
  PRANATA_LAB: {
    label: { id: 'Pranata laboratorium kesehatan', en: 'Medical laboratory technologist' },
    qualifications: [q(null, 'D3', ['TEKNOLOGI_LABORATORIUM_MEDIS'])],
    licences: ['STR'],
    citation: UU_KES,
  },
  RADIOGRAFER: {
    label: { id: 'Radiografer', en: 'Radiographer' },
    qualifications: [q(null, 'D3', ['RADIOLOGI'])],
    licences: ['STR'],
    citation: UU_KES,
  },
  PEREKAM_MEDIS: {
    label: { id: 'Perekam medis', en: 'Medical records officer' },
    qualifications: [q(null, 'D3', ['REKAM_MEDIS'])],
    licences: ['STR'],
    citation: UU_KES,
  },
  FISIOTERAPIS: {
    label: { id: 'Fisioterapis', en: 'Physiotherapist' },
    qualifications: [q(null, 'D3', ['FISIOTERAPI'])],
    licences: ['STR'],
    citation: UU_KES,
  },
};
