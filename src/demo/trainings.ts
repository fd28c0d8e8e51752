import type { TrainingRecord } from '../core/model/employee.js';
import type { PositionFamily } from '../core/model/position.js';
import { civil, type Day, dayOf, fmt } from './dates.js';
import type { PositionPlan } from './positions.js';
import type { Random } from './random.js';

type Training = Omit<TrainingRecord, 'id'>;
type Course = readonly [name: string, kind: TrainingRecord['kind'], provider: string];

const BPSDM = 'BPSDM Provinsi Sumatera Utara';
const BKPSDM = 'BKPSDM Kota Sibolga';
const BAPELKES = 'Bapelkes Medan';
const BGP = 'BGP Provinsi Sumatera Utara';

const GENERAL: readonly Course[] = [
  ['Diklat Teknis Pelayanan Publik', 'TECHNICAL', BPSDM],
  ['Bimtek SIASN', 'TECHNICAL', 'Kantor Regional VI BKN Medan'],
  ['Bimtek Penyusunan SKP dan e-Kinerja', 'TECHNICAL', BKPSDM],
  ['Pelatihan Pelayanan Prima', 'TECHNICAL', BKPSDM],
  ['Bimtek Aplikasi SRIKANDI', 'TECHNICAL', 'Dinas Perpustakaan dan Kearsipan Kota Sibolga'],
  ['Pelatihan Literasi Digital ASN', 'TECHNICAL', 'Kementerian Komunikasi dan Digital'],
  ['Orientasi Nilai Dasar BerAKHLAK', 'OTHER', BKPSDM],
];

const BY_FAMILY: Partial<Record<PositionFamily, readonly Course[]>> = {
  HEALTH_NURSING: [
    ['Pelatihan Basic Trauma Cardiac Life Support (BTCLS)', 'TECHNICAL', BAPELKES],
    ['Pelatihan Asuhan Persalinan Normal (APN)', 'TECHNICAL', BAPELKES],
    ['Pelatihan Pencegahan dan Pengendalian Infeksi (PPI)', 'TECHNICAL', BAPELKES],
  ],
  HEALTH_MEDICAL: [
    ['Pelatihan Advanced Cardiac Life Support (ACLS)', 'TECHNICAL', BAPELKES],
    ['Pelatihan Tata Laksana Tuberkulosis', 'TECHNICAL', 'Dinas Kesehatan Provinsi Sumatera Utara'],
  ],
  HEALTH_PUBLIC: [
    ['Pelatihan Surveilans Epidemiologi', 'TECHNICAL', BAPELKES],
    ['Pelatihan Manajemen Puskesmas', 'MANAGERIAL', BAPELKES],
    ['Pelatihan Imunisasi bagi Petugas Puskesmas', 'TECHNICAL', 'Dinas Kesehatan Provinsi Sumatera Utara'],
  ],
  EDUCATION_TEACHING: [
    ['Pelatihan Implementasi Kurikulum Merdeka', 'TECHNICAL', BGP],
    ['Program Pendidikan Guru Penggerak', 'LEADERSHIP', BGP],
    ['Bimtek Asesmen Nasional', 'TECHNICAL', 'Dinas Pendidikan Kota Sibolga'],
  ],
  EDUCATION_ADMIN: [['Pelatihan Supervisi Akademik', 'TECHNICAL', BGP]],
  IT_DIGITAL: [
    ['Pelatihan Keamanan Informasi', 'TECHNICAL', 'Badan Siber dan Sandi Negara'],
    ['Bimtek Arsitektur SPBE', 'TECHNICAL', 'Kementerian PANRB'],
  ],
  FINANCE: [
    ['Bimtek Aplikasi SIPD', 'TECHNICAL', 'Kementerian Dalam Negeri'],
    ['Pelatihan Akuntansi Berbasis Akrual', 'TECHNICAL', BPSDM],
    ['Pelatihan Pengadaan Barang/Jasa Pemerintah', 'TECHNICAL', 'LKPP'],
  ],
  HR: [
    ['Pelatihan Analisis Jabatan dan Analisis Beban Kerja', 'TECHNICAL', BPSDM],
    ['Bimtek Manajemen Talenta ASN', 'TECHNICAL', 'Kantor Regional VI BKN Medan'],
  ],
  PLANNING: [['Bimtek Penyusunan RKPD', 'TECHNICAL', 'Kementerian Dalam Negeri']],
  LEGAL: [['Pelatihan Penyusunan Produk Hukum Daerah (Legal Drafting)', 'TECHNICAL', BPSDM]],
  AUDIT: [['Pelatihan Audit Kinerja', 'TECHNICAL', 'Pusdiklatwas BPKP']],
  PUBLIC_ORDER: [
    ['Pelatihan Dasar Polisi Pamong Praja', 'TECHNICAL', BPSDM],
    ['Pelatihan Pemadam Kebakaran Tingkat I', 'TECHNICAL', 'Pusdiklat Kemendagri Regional Bukittinggi'],
    ['Pelatihan Penanggulangan Bencana', 'TECHNICAL', 'BNPB'],
  ],
};

const LEVEL_SUFFIX = / (Ahli Pertama|Ahli Muda|Ahli Madya|Ahli Utama|Pemula|Terampil|Mahir|Penyelia)$/;

function leadership(p: PositionPlan, year: number): Course | null {
  const modern = year >= 2019;
  if (p.grade.kind === 'JPT_PRATAMA') {
    return [
      modern ? 'Pelatihan Kepemimpinan Nasional Tingkat II (PKN II)' : 'Diklat Kepemimpinan Tingkat II',
      'LEADERSHIP',
      'LAN RI',
    ];
  }
  if (p.grade.kind === 'ADMINISTRATOR') {
    return [
      modern ? 'Pelatihan Kepemimpinan Administrator (PKA)' : 'Diklat Kepemimpinan Tingkat III',
      'LEADERSHIP',
      BPSDM,
    ];
  }
  if (p.grade.kind === 'PENGAWAS') {
    return [
      modern ? 'Pelatihan Kepemimpinan Pengawas (PKP)' : 'Diklat Kepemimpinan Tingkat IV',
      'LEADERSHIP',
      BPSDM,
    ];
  }
  if (p.tugasTambahan === 'Kepala Sekolah') return ['Pelatihan Calon Kepala Sekolah', 'LEADERSHIP', BGP];
  if (p.tugasTambahan === 'Kepala Puskesmas')
    return ['Pelatihan Manajemen Puskesmas', 'MANAGERIAL', BAPELKES];
  return null;
}

/**
 * 0-6 trainings of 8-80 JP: the basic training after entry (Latsar since 2018, Prajabatan before),
 * the leadership training of a managerial post, a functional course for a JF, technical courses of
 * the post's family. Oldest first, all finished by asOf.
 */
export function trainings(
  rng: Random,
  p: PositionPlan,
  start: Day,
  since: Day,
  asOf: Day,
  isPns: boolean,
): Training[] {
  const count = rng.weighted([
    [0, 10],
    [1, 20],
    [2, 25],
    [3, 20],
    [4, 12],
    [5, 8],
    [6, 5],
  ] as const);
  const out: Training[] = [];
  if (asOf - start < 60) return out;
  const add = ([name, kind, provider]: Course, from: Day) => {
    const hours = rng.int(1, 10) * 8;
    const first = Math.min(from, asOf - 14);
    const startDay = first + rng.int(0, Math.max(0, Math.min(200, asOf - 14 - first)));
    out.push({
      name,
      kind,
      provider,
      startDate: fmt(startDay),
      endDate: fmt(startDay + Math.ceil(hours / 8) - 1),
      hours,
    });
  };
  if (count > 0 && isPns) {
    const year = civil(start).year;
    add(
      year >= 2018
        ? ['Pelatihan Dasar CPNS (Latsar)', 'OTHER', BPSDM]
        : ['Diklat Prajabatan', 'OTHER', BPSDM],
      start + 60,
    );
  }
  const lead = leadership(p, civil(since).year);
  if (lead && out.length < count) add(lead, since + rng.int(30, 400));
  if (p.category === 'JF' && !p.tugasTambahan && out.length < count) {
    add(
      [`Pelatihan Fungsional ${p.name.replace(LEVEL_SUFFIX, '')}`, 'FUNCTIONAL', BPSDM],
      start + rng.int(200, 1500),
    );
  }
  const pool = [...(BY_FAMILY[p.family] ?? []), ...GENERAL];
  const earliest = Math.max(start + 30, dayOf(civil(asOf).year - 8, 1, 1));
  for (let tries = 0; out.length < count && tries < 20; tries++) {
    const course = rng.pick(pool);
    if (out.some((t) => t.name === course[0])) continue;
    add(course, rng.int(Math.min(earliest, asOf - 30), Math.max(earliest, asOf - 30)));
  }
  return out.sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
}
