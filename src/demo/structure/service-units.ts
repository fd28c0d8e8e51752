import type { EducationField } from '../../core/model/education.js';
import type { JfKey } from '../catalog/jf-templates.js';
import { AM, AMD, AP, M, PY, T } from '../catalog/opd-spec.js';
import type { Random } from '../random.js';
import { codePart, SIBOLGA_KECAMATAN } from '../reference/wilayah.js';
import type { StructureBuilder, UnitPlan } from './builder.js';

const GOV_FIELDS: readonly EducationField[] = ['SOCIAL_GOVERNMENT', 'LAW', 'MANAGEMENT', 'ECONOMICS'];
const SMP_CORE: readonly JfKey[] = ['GURU_MTK', 'GURU_BIND', 'GURU_BING', 'GURU_IPA', 'GURU_IPS'];
const SMP_OTHER: readonly JfKey[] = ['GURU_PPKN', 'GURU_PJOK', 'GURU_PAI', 'GURU_BK', 'GURU_SENI'];
/** Puskesmas names: the four kecamatan and two kelurahan first, further ones invented for large sets. */
const PUSKESMAS = [
  'Sibolga Utara',
  'Sibolga Kota',
  'Sibolga Selatan',
  'Sibolga Sambas',
  'Aek Parombunan',
  'Pancuran Kerambil',
];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The 4 kecamatan, each with its Sekretariat and its kelurahan (DOMAIN.md 11.2). */
export function addKecamatan(b: StructureBuilder): void {
  for (const kec of SIBOLGA_KECAMATAN) {
    const code = `KEC-${codePart(kec.name)}`;
    const unit = b.unit(code, null, `Kecamatan ${kec.name}`, 'KECAMATAN', {
      family: 'GENERAL_ADMIN',
      fields: GOV_FIELDS,
    });
    b.structural(unit, 'CAMAT', `Camat ${kec.name}`, 'ADMINISTRATOR', 'III.a', {
      family: 'LEADERSHIP',
      fields: ['SOCIAL_GOVERNMENT'],
      strategic: true,
    });
    const sek = b.unit(`${code}.SEKRETARIAT`, unit, `Sekretariat Kecamatan ${kec.name}`, 'SEKRETARIAT', {
      shortName: 'Sekretariat',
    });
    b.structural(sek, 'SEKCAM', 'Sekretaris Kecamatan', 'ADMINISTRATOR', 'III.b');
    b.structural(sek, 'KASUBBAG-UMPEG', 'Kepala Subbagian Umum dan Kepegawaian', 'PENGAWAS', 'IV.a');
    b.staff(sek, ['UMUM', 'UMUM', 'BENDAHARA', 'PENGEMUDI']);
    b.structural(unit, 'KASI-PEM', 'Kepala Seksi Pemerintahan', 'PENGAWAS', 'IV.a');
    b.structural(unit, 'KASI-TRANTIB', 'Kepala Seksi Ketenteraman dan Ketertiban Umum', 'PENGAWAS', 'IV.a', {
      family: 'PUBLIC_ORDER',
    });
    b.structural(unit, 'KASI-PMK', 'Kepala Seksi Pemberdayaan Masyarakat dan Kelurahan', 'PENGAWAS', 'IV.a', {
      family: 'SOCIAL_SERVICES',
    });
    b.staff(unit, ['OPERATOR', 'DATA', 'TRANTIB']);
    for (const kel of kec.kelurahan) {
      const k = b.unit(`KEL-${codePart(kel)}`, unit, `Kelurahan ${kel}`, 'KELURAHAN');
      b.structural(k, 'LURAH', `Lurah ${kel}`, 'PENGAWAS', 'IV.a', { family: 'LEADERSHIP' });
      b.structural(k, 'SEKLUR', 'Sekretaris Kelurahan', 'PENGAWAS', 'IV.b');
      b.staff(k, ['UMUM', 'OPERATOR', 'DATA']);
    }
  }
}

/** SD Negeri and SMP Negeri under Dinas Pendidikan, with their teachers by subject and level. */
export function addSchools(
  b: StructureBuilder,
  disdik: UnitPlan,
  rng: Random,
  sd: number,
  smp: number,
): void {
  const head = { tugasTambahan: 'Kepala Sekolah', name: 'Kepala Sekolah (Guru Ahli Madya)', fixed: true };
  for (let i = 1; i <= sd; i++) {
    const unit = b.unit(`SDN-${pad(i, 3)}`, disdik, `SD Negeri ${pad(i, 3)} Sibolga`, 'SEKOLAH', {
      shortName: `SDN ${pad(i, 3)}`,
      family: 'EDUCATION_TEACHING',
      fields: ['EDUCATION'],
    });
    b.jf(unit, ['GURU_KELAS', AMD, 1], head);
    b.jf(unit, ['GURU_KELAS', AP, rng.int(2, 4)]);
    b.jf(unit, ['GURU_KELAS', AM, rng.int(2, 4)]);
    b.jf(unit, ['GURU_KELAS', AMD, rng.int(1, 3)]);
    b.jf(unit, [rng.chance(0.7) ? 'GURU_PAI' : 'GURU_PAK', AM, 1]);
    b.jf(unit, ['GURU_PJOK', AP, 1]);
    b.staff(unit, rng.chance(0.6) ? ['SEKOLAH', 'PENJAGA_SEKOLAH'] : ['PENJAGA_SEKOLAH']);
  }
  for (let i = 1; i <= smp; i++) {
    const unit = b.unit(`SMPN-${i}`, disdik, `SMP Negeri ${i} Sibolga`, 'SEKOLAH', {
      shortName: `SMPN ${i}`,
      family: 'EDUCATION_TEACHING',
      fields: ['EDUCATION'],
    });
    b.jf(unit, [rng.pick(SMP_CORE), AMD, 1], { ...head, strategic: true });
    for (const key of SMP_CORE) {
      b.jf(unit, [key, AP, rng.int(1, 2)]);
      b.jf(unit, [key, AM, rng.int(1, 2)]);
      b.jf(unit, [key, AMD, rng.int(0, 1)]);
    }
    for (const key of SMP_OTHER) b.jf(unit, [key, rng.pick([AP, AM, AMD]), 1]);
    if (rng.chance(0.5)) b.jf(unit, ['GURU_PAK', AM, 1]);
    if (rng.chance(0.6)) b.jf(unit, ['GURU_INF', AP, 1]);
    b.staff(unit, ['UMUM', 'SEKOLAH', 'BENDAHARA', 'PENJAGA_SEKOLAH']);
  }
}

function puskesmasName(i: number): string {
  const kelurahan = SIBOLGA_KECAMATAN.flatMap((k) => k.kelurahan).filter((k) => !PUSKESMAS.includes(k));
  return PUSKESMAS[i] ?? kelurahan[i - PUSKESMAS.length] ?? `Sibolga ${pad(i + 1, 3)}`;
}

/** Puskesmas (UPTD of Dinas Kesehatan): a Kepala Puskesmas (JF with tugas tambahan) and the care team. */
export function addPuskesmas(b: StructureBuilder, dinkes: UnitPlan, rng: Random, count: number): void {
  for (let i = 0; i < count; i++) {
    const name = puskesmasName(i);
    const unit = b.unit(`PKM-${codePart(name)}`, dinkes, `Puskesmas ${name}`, 'PUSKESMAS', {
      family: 'HEALTH_PUBLIC',
    });
    b.jf(unit, ['ADMINKES', AM, 1], {
      tugasTambahan: 'Kepala Puskesmas',
      name: 'Kepala Puskesmas',
      strategic: true,
      fixed: true,
    });
    b.structural(unit, 'KASUBBAG-TU', 'Kepala Subbagian Tata Usaha', 'PENGAWAS', 'IV.b', {
      family: 'GENERAL_ADMIN',
      fields: GOV_FIELDS,
    });
    b.jf(unit, ['DOKTER', AP, rng.int(1, 2)]);
    b.jf(unit, ['DOKTER', AM, 1]);
    b.jf(unit, ['DOKTER_GIGI', rng.pick([AP, AM]), 1]);
    b.jf(unit, ['PERAWAT_T', T, rng.int(3, 5)]);
    b.jf(unit, ['PERAWAT_T', M, rng.int(2, 4)]);
    b.jf(unit, ['PERAWAT_A', AP, rng.int(1, 3)]);
    b.jf(unit, ['PERAWAT_A', AM, 1]);
    b.jf(unit, ['BIDAN_T', T, rng.int(3, 5)]);
    b.jf(unit, ['BIDAN_T', M, rng.int(2, 3)]);
    b.jf(unit, ['BIDAN_T', PY, 1]);
    b.jf(unit, ['BIDAN_A', AP, 1]);
    b.jf(unit, ['APOTEKER', AP, 1]);
    b.jf(unit, ['TTK', T, 1]);
    b.jf(unit, ['SANITARIAN', T, 1]);
    b.jf(unit, ['EPIDEMIOLOG', AP, 1]);
    b.jf(unit, ['NUTRISIONIS', T, 1]);
    b.jf(unit, ['PRANATA_LAB', T, 1]);
    b.jf(unit, ['PEREKAM_MEDIS', T, 1]);
    b.jf(unit, ['PENYULUH_KESMAS', AP, 1]);
    b.staff(unit, ['KESEHATAN', 'KESEHATAN', 'UMUM', 'AMBULANS', 'KEUANGAN']);
  }
}

/** RSUD Dr. F.L. Tobing, the city hospital, as a unit of Dinas Kesehatan with its bagian and bidang. */
export function addRsud(b: StructureBuilder, dinkes: UnitPlan): void {
  const rs = b.unit('RSUD-FL-TOBING', dinkes, 'Rumah Sakit Umum Daerah Dr. F.L. Tobing', 'RUMAH_SAKIT', {
    shortName: 'RSUD Dr. F.L. Tobing',
    family: 'HEALTH_MEDICAL',
  });
  b.structural(rs, 'DIREKTUR', 'Direktur RSUD Dr. F.L. Tobing', 'ADMINISTRATOR', 'III.a', {
    family: 'LEADERSHIP',
    fields: ['HEALTH_MEDICINE', 'HEALTH_PUBLIC'],
    strategic: true,
  });
  const tu = b.unit('RSUD-FL-TOBING.BAG-TU', rs, 'Bagian Tata Usaha', 'BAGIAN', {
    family: 'GENERAL_ADMIN',
    fields: GOV_FIELDS,
  });
  b.structural(tu, 'KABAG', 'Kepala Bagian Tata Usaha', 'ADMINISTRATOR', 'III.b');
  b.structural(tu, 'KASUBBAG', 'Kepala Subbagian Umum dan Kepegawaian', 'PENGAWAS', 'IV.a');
  b.jf(tu, ['PRAKOM_T', T, 1]);
  b.staff(tu, [
    'UMUM',
    'UMUM',
    'UMUM',
    'KEUANGAN',
    'BENDAHARA',
    'KEPEGAWAIAN',
    'AMBULANS',
    'AMBULANS',
    'KEAMANAN',
    'KEAMANAN',
  ]);
  // Note: each bidang asks its heads for its own profession (a Kabid Keperawatan is a nurse or a
  // midwife, not a pharmacist), not for any health field.
  const bidang = (
    slug: string,
    name: string,
    section: string,
    family: 'HEALTH_MEDICAL' | 'HEALTH_NURSING',
    fields: readonly EducationField[],
  ) => {
    const u = b.unit(`RSUD-FL-TOBING.${slug}`, rs, name, 'BIDANG', { family, fields });
    b.structural(u, 'KABID', `Kepala ${name}`, 'ADMINISTRATOR', 'III.b', { strategic: true });
    b.structural(u, 'KASI', `Kepala ${section}`, 'PENGAWAS', 'IV.a');
    return u;
  };
  const medik = bidang('BID-YANMED', 'Bidang Pelayanan Medik', 'Seksi Pelayanan Medik', 'HEALTH_MEDICAL', [
    'HEALTH_MEDICINE',
  ]);
  b.jf(medik, ['DOKTER_SPESIALIS', AM, 6]);
  b.jf(medik, ['DOKTER_SPESIALIS', AMD, 3]);
  b.jf(medik, ['DOKTER', AP, 5]);
  b.jf(medik, ['DOKTER', AM, 3]);
  b.jf(medik, ['DOKTER_GIGI', AP, 1]);
  b.staff(medik, ['KESEHATAN', 'KESEHATAN']);
  const kep = bidang('BID-KEPERAWATAN', 'Bidang Keperawatan', 'Seksi Asuhan Keperawatan', 'HEALTH_NURSING', [
    'HEALTH_NURSING',
    'HEALTH_MIDWIFERY',
  ]);
  b.jf(kep, ['PERAWAT_T', T, 22]);
  b.jf(kep, ['PERAWAT_T', M, 16]);
  b.jf(kep, ['PERAWAT_T', PY, 6]);
  b.jf(kep, ['PERAWAT_A', AP, 12]);
  b.jf(kep, ['PERAWAT_A', AM, 5]);
  b.jf(kep, ['BIDAN_T', T, 7]);
  b.jf(kep, ['BIDAN_T', M, 5]);
  b.jf(kep, ['BIDAN_A', AP, 3]);
  b.staff(kep, ['KESEHATAN', 'KESEHATAN']);
  const penunjang = bidang(
    'BID-PENUNJANG',
    'Bidang Penunjang Medik dan Nonmedik',
    'Seksi Penunjang Medik',
    'HEALTH_MEDICAL',
    ['HEALTH_MEDICINE', 'HEALTH_PHARMACY', 'HEALTH_PUBLIC'],
  );
  b.jf(penunjang, ['APOTEKER', AP, 2]);
  b.jf(penunjang, ['APOTEKER', AM, 1]);
  b.jf(penunjang, ['TTK', T, 4]);
  b.jf(penunjang, ['TTK', M, 2]);
  b.jf(penunjang, ['PRANATA_LAB', T, 4]);
  b.jf(penunjang, ['PRANATA_LAB', M, 2]);
  b.jf(penunjang, ['RADIOGRAFER', T, 3]);
  b.jf(penunjang, ['PEREKAM_MEDIS', T, 4]);
  b.jf(penunjang, ['NUTRISIONIS', T, 2]);
  b.jf(penunjang, ['FISIOTERAPIS', T, 2]);
  b.jf(penunjang, ['SANITARIAN', T, 1]);
  b.staff(penunjang, ['KESEHATAN', 'SARPRAS', 'PENGEMUDI']);
}
