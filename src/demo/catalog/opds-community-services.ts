import { AM, AMD, AP, div, M, type OpdSpec, opd, T } from './opd-spec.js';

/**
 * Dinas that serve people directly: education, health, social affairs, family planning, youth and
 * sport, tourism, libraries, civil registry. Schools, puskesmas and the RSUD are added by
 * `structure/service-units.ts`.
 */
export const COMMUNITY_SERVICE_OPDS: readonly OpdSpec[] = [
  opd({
    code: 'DISDIK',
    name: 'Dinas Pendidikan',
    shortName: 'Disdik',
    head: 'Kepala Dinas Pendidikan',
    family: 'EDUCATION_ADMIN',
    fields: ['EDUCATION'],
    service: true,
    divisions: [
      div('BID-SD', 'Bidang Pembinaan Sekolah Dasar', {
        section: 'Seksi Kurikulum dan Penilaian SD',
        jf: [
          ['PENGAWAS_SEKOLAH', AM, 2],
          ['PENGAWAS_SEKOLAH', AMD, 2],
        ],
      }),
      div('BID-SMP', 'Bidang Pembinaan Sekolah Menengah Pertama', {
        section: 'Seksi Kurikulum dan Penilaian SMP',
        jf: [
          ['PENGAWAS_SEKOLAH', AM, 1],
          ['PENGAWAS_SEKOLAH', AMD, 2],
        ],
      }),
      div('BID-PAUD', 'Bidang Pembinaan PAUD dan Pendidikan Nonformal', { jf: [['PENILIK', AP, 2]] }),
      div('BID-GTK', 'Bidang Pendidik dan Tenaga Kependidikan', {
        section: 'Seksi Pengembangan Karier Pendidik',
        staff: ['KEPEGAWAIAN', 'DATA', 'UMUM'],
      }),
    ],
  }),
  opd({
    code: 'DINKES',
    name: 'Dinas Kesehatan',
    shortName: 'Dinkes',
    head: 'Kepala Dinas Kesehatan',
    family: 'HEALTH_PUBLIC',
    fields: ['HEALTH_PUBLIC', 'HEALTH_MEDICINE', 'HEALTH_NURSING', 'HEALTH_MIDWIFERY', 'HEALTH_PHARMACY'],
    service: true,
    jf: [
      ['PRAKOM_A', AP, 1],
      ['ADMINKES', AM, 1],
    ],
    divisions: [
      div('BID-KESMAS', 'Bidang Kesehatan Masyarakat', {
        section: 'Seksi Kesehatan Keluarga dan Gizi',
        jf: [
          ['PENYULUH_KESMAS', AP, 1],
          ['NUTRISIONIS', T, 1],
          ['ADMINKES', AP, 1],
        ],
      }),
      div('BID-P2P', 'Bidang Pencegahan dan Pengendalian Penyakit', {
        section: 'Seksi Surveilans dan Imunisasi',
        jf: [
          ['EPIDEMIOLOG', AP, 1],
          ['EPIDEMIOLOG', AM, 1],
          ['SANITARIAN', M, 1],
        ],
      }),
      div('BID-YANKES', 'Bidang Pelayanan dan Sumber Daya Kesehatan', {
        section: 'Seksi Kefarmasian dan Alat Kesehatan',
        jf: [
          ['APOTEKER', AM, 1],
          ['ADMINKES', AP, 1],
        ],
      }),
    ],
    upt: ['UPTD Laboratorium Kesehatan Daerah', 'UPTD Instalasi Farmasi'],
    uptStaff: 'KESEHATAN',
  }),
  opd({
    code: 'DINSOS',
    name: 'Dinas Sosial',
    shortName: 'Dinsos',
    head: 'Kepala Dinas Sosial',
    family: 'SOCIAL_SERVICES',
    fields: ['SOCIAL_WELFARE', 'PSYCHOLOGY', 'SOCIAL_GOVERNMENT'],
    service: true,
    divisions: [
      div('BID-REHSOS', 'Bidang Rehabilitasi Sosial', {
        section: 'Seksi Rehabilitasi Sosial Penyandang Disabilitas',
        jf: [
          ['PEKSOS', AP, 2],
          ['PEKSOS', AM, 1],
        ],
        staff: ['SOSIAL', 'UMUM'],
      }),
      div('BID-LINJAMSOS', 'Bidang Perlindungan dan Jaminan Sosial', {
        section: 'Seksi Perlindungan Sosial Korban Bencana',
        jf: [['PENYULUH_SOSIAL', AP, 1]],
        staff: ['SOSIAL', 'DATA'],
      }),
      div('BID-DAYASOS', 'Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin', {
        jf: [
          ['PENYULUH_SOSIAL', AP, 1],
          ['PEKSOS', AP, 1],
        ],
        staff: ['DATA', 'OPERATOR'],
      }),
    ],
    upt: ['UPTD Rumah Singgah'],
    uptStaff: 'SOSIAL',
  }),
  opd({
    code: 'DPPKB',
    name: 'Dinas Pengendalian Penduduk dan Keluarga Berencana',
    shortName: 'DPPKB',
    head: 'Kepala Dinas Pengendalian Penduduk dan Keluarga Berencana',
    family: 'SOCIAL_SERVICES',
    fields: ['SOCIAL_WELFARE', 'HEALTH_PUBLIC', 'PSYCHOLOGY'],
    service: true,
    divisions: [
      div('BID-DALDUK', 'Bidang Pengendalian Penduduk', { staff: ['KB', 'DATA'] }),
      div('BID-KB', 'Bidang Keluarga Berencana dan Ketahanan Keluarga', {
        section: 'Seksi Pelayanan Keluarga Berencana',
        jf: [
          ['PENYULUH_KB', AP, 3],
          ['PENYULUH_KB', AM, 2],
          ['PENYULUH_KB', AMD, 1],
        ],
        staff: ['KB', 'UMUM'],
      }),
      div('BID-PPPA', 'Bidang Pemberdayaan Perempuan dan Perlindungan Anak', {
        section: 'Seksi Perlindungan Perempuan dan Anak',
        jf: [['PEKSOS', AP, 1]],
      }),
    ],
  }),
  opd({
    code: 'DISPORA',
    name: 'Dinas Pemuda dan Olahraga',
    shortName: 'Dispora',
    head: 'Kepala Dinas Pemuda dan Olahraga',
    family: 'SOCIAL_SERVICES',
    fields: ['EDUCATION', 'SOCIAL_GOVERNMENT'],
    service: true,
    divisions: [
      div('BID-PEMUDA', 'Bidang Kepemudaan', { section: 'Seksi Pemberdayaan Pemuda' }),
      div('BID-OLAHRAGA', 'Bidang Keolahragaan', {
        section: 'Seksi Prasarana Olahraga',
        jf: [['PELATIH_OR', AP, 1]],
        staff: ['OLAHRAGA', 'OLAHRAGA'],
      }),
    ],
    upt: ['UPTD Gelanggang Olahraga'],
    uptStaff: 'OLAHRAGA',
  }),
  opd({
    code: 'DISPAR',
    name: 'Dinas Pariwisata',
    shortName: 'Dispar',
    head: 'Kepala Dinas Pariwisata',
    family: 'TOURISM_CULTURE',
    fields: ['LANGUAGE_CULTURE', 'ECONOMICS', 'MANAGEMENT'],
    service: true,
    divisions: [
      div('BID-DESTINASI', 'Bidang Destinasi Pariwisata', {
        section: 'Seksi Pengembangan Daya Tarik Wisata',
        jf: [['ADYATAMA', AP, 1]],
        staff: ['WISATA', 'WISATA'],
      }),
      div('BID-PEMASARAN', 'Bidang Pemasaran Pariwisata dan Ekonomi Kreatif', {
        jf: [
          ['ADYATAMA', AP, 1],
          ['ADYATAMA', AM, 1],
        ],
      }),
      div('BID-KEBUDAYAAN', 'Bidang Kebudayaan', { jf: [['PAMONG_BUDAYA', AP, 1]] }),
    ],
    upt: ['UPTD Objek Wisata'],
    uptStaff: 'WISATA',
  }),
  opd({
    code: 'DISPUSIP',
    name: 'Dinas Perpustakaan dan Kearsipan',
    shortName: 'Dispusip',
    head: 'Kepala Dinas Perpustakaan dan Kearsipan',
    family: 'LIBRARY_ARCHIVES',
    fields: ['COMMUNICATION', 'LANGUAGE_CULTURE'],
    service: true,
    divisions: [
      div('BID-PERPUSTAKAAN', 'Bidang Perpustakaan', {
        jf: [
          ['PUSTAKAWAN_T', T, 2],
          ['PUSTAKAWAN_A', AP, 2],
          ['PUSTAKAWAN_A', AM, 1],
        ],
        staff: ['PERPUSTAKAAN', 'PERPUSTAKAAN'],
      }),
      div('BID-KEARSIPAN', 'Bidang Kearsipan', {
        jf: [
          ['ARSIPARIS_T', T, 2],
          ['ARSIPARIS_A', AP, 2],
          ['ARSIPARIS_A', AM, 1],
        ],
        staff: ['ARSIP', 'ARSIP'],
      }),
    ],
  }),
  opd({
    code: 'DISDUKCAPIL',
    name: 'Dinas Kependudukan dan Pencatatan Sipil',
    shortName: 'Disdukcapil',
    head: 'Kepala Dinas Kependudukan dan Pencatatan Sipil',
    family: 'POPULATION_REGISTRY',
    fields: ['SOCIAL_GOVERNMENT', 'IT', 'LAW'],
    service: true,
    divisions: [
      div('BID-DAFDUK', 'Bidang Pelayanan Pendaftaran Penduduk', {
        section: 'Seksi Identitas Penduduk',
        staff: ['DUKCAPIL', 'DUKCAPIL', 'DUKCAPIL', 'OPERATOR'],
      }),
      div('BID-CAPIL', 'Bidang Pelayanan Pencatatan Sipil', {
        section: 'Seksi Kelahiran dan Kematian',
        staff: ['DUKCAPIL', 'DUKCAPIL', 'OPERATOR'],
      }),
      div('BID-PIAK', 'Bidang Pengelolaan Informasi Administrasi Kependudukan', {
        fields: ['IT'],
        jf: [
          ['ADM_DATABASE', AP, 2],
          ['ADM_DATABASE', AM, 1],
          ['PRAKOM_T', T, 1],
        ],
      }),
    ],
  }),
];
