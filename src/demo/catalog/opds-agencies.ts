import { AM, AMD, AP, div, M, type OpdSpec, opd, PY, T } from './opd-spec.js';

/**
 * The badan and the public-order agencies: planning, finance, personnel, national unity, disaster
 * management, Satpol PP and fire brigade. Bidang are the usual ones of a kota [U].
 */
export const AGENCY_OPDS: readonly OpdSpec[] = [
  opd({
    code: 'BAPPEDA',
    name: 'Badan Perencanaan Pembangunan Daerah',
    shortName: 'Bappeda',
    head: 'Kepala Badan Perencanaan Pembangunan Daerah',
    family: 'PLANNING',
    fields: ['ECONOMICS', 'SOCIAL_GOVERNMENT', 'ENGINEERING_CIVIL', 'MANAGEMENT'],
    service: false,
    jf: [
      ['PRAKOM_A', AP, 1],
      ['STATISTISI', AP, 1],
    ],
    divisions: [
      div('BID-PPEP', 'Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan', {
        jf: [
          ['PERENCANA', AP, 2],
          ['PERENCANA', AM, 1],
        ],
      }),
      div('BID-PPM', 'Bidang Pemerintahan dan Pembangunan Manusia', {
        jf: [
          ['PERENCANA', AP, 1],
          ['PERENCANA', AM, 1],
        ],
      }),
      div('BID-PSDA', 'Bidang Perekonomian dan Sumber Daya Alam', {
        fields: ['ECONOMICS', 'AGRICULTURE', 'FISHERIES'],
        jf: [
          ['PERENCANA', AP, 1],
          ['PERENCANA', AMD, 1],
        ],
      }),
      div('BID-IPW', 'Bidang Infrastruktur dan Pengembangan Wilayah', {
        fields: ['ENGINEERING_CIVIL', 'ENVIRONMENT'],
        jf: [
          ['PERENCANA', AP, 1],
          ['PERENCANA', AM, 1],
        ],
      }),
    ],
  }),
  opd({
    code: 'BPKPD',
    name: 'Badan Pengelolaan Keuangan dan Pendapatan Daerah',
    shortName: 'BPKPD',
    head: 'Kepala Badan Pengelolaan Keuangan dan Pendapatan Daerah',
    family: 'FINANCE',
    fields: ['ACCOUNTING', 'ECONOMICS', 'MANAGEMENT'],
    service: false,
    jf: [
      ['PRAKOM_A', AP, 1],
      ['PRAKOM_T', T, 1],
    ],
    divisions: [
      div('BID-ANGGARAN', 'Bidang Anggaran', {
        section: 'Subbidang Penyusunan Anggaran',
        jf: [
          ['ANALIS_KEUANGAN', AP, 2],
          ['ANALIS_KEUANGAN', AM, 1],
        ],
        staff: ['UMUM', 'KEUANGAN'],
      }),
      div('BID-PERBENDAHARAAN', 'Bidang Perbendaharaan dan Akuntansi', {
        section: 'Subbidang Akuntansi dan Pelaporan',
        jf: [
          ['ANALIS_KEUANGAN', AP, 2],
          ['ANALIS_KEUANGAN', AM, 1],
        ],
        staff: ['KEUANGAN', 'KEUANGAN', 'DATA'],
      }),
      div('BID-ASET', 'Bidang Pengelolaan Aset Daerah', {
        section: 'Subbidang Penatausahaan Aset',
        staff: ['BMD', 'BMD', 'DATA'],
      }),
      div('BID-PENDAPATAN', 'Bidang Pendapatan Daerah', {
        section: 'Subbidang Pajak Daerah',
        staff: ['PENDAPATAN', 'PENDAPATAN', 'OPERATOR'],
      }),
    ],
    upt: ['UPTD Pelayanan Pajak Daerah Wilayah'],
    uptStaff: 'PENDAPATAN',
  }),
  opd({
    code: 'BKPSDM',
    name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    shortName: 'BKPSDM',
    head: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    family: 'HR',
    fields: ['MANAGEMENT', 'PSYCHOLOGY', 'SOCIAL_GOVERNMENT', 'LAW'],
    service: false,
    jf: [
      ['PRAKOM_A', AP, 1],
      ['PRAKOM_T', T, 1],
    ],
    divisions: [
      div('BID-PPI', 'Bidang Pengadaan, Pemberhentian dan Informasi', {
        jf: [
          ['ANALIS_SDM', AP, 2],
          ['ANALIS_SDM', AM, 1],
        ],
        staff: ['KEPEGAWAIAN', 'DATA'],
      }),
      div('BID-MUTASI', 'Bidang Mutasi dan Promosi', {
        jf: [
          ['ANALIS_SDM', AP, 2],
          ['ANALIS_SDM', AM, 1],
          ['ANALIS_SDM', AMD, 1],
        ],
        staff: ['KEPEGAWAIAN', 'KEPEGAWAIAN'],
      }),
      div('BID-PKA', 'Bidang Pengembangan Kompetensi Aparatur', {
        jf: [
          ['ANALIS_SDM', AP, 1],
          ['ASESOR_SDM', AM, 1],
        ],
        staff: ['KEPEGAWAIAN', 'UMUM'],
      }),
      div('BID-PKAP', 'Bidang Penilaian Kinerja Aparatur dan Penghargaan', {
        jf: [
          ['ANALIS_SDM', AP, 1],
          ['ANALIS_SDM', AM, 1],
        ],
        staff: ['KEPEGAWAIAN'],
      }),
    ],
  }),
  opd({
    code: 'KESBANGPOL',
    name: 'Badan Kesatuan Bangsa dan Politik',
    shortName: 'Kesbangpol',
    head: 'Kepala Badan Kesatuan Bangsa dan Politik',
    family: 'GENERAL_ADMIN',
    fields: ['SOCIAL_GOVERNMENT', 'LAW', 'COMMUNICATION'],
    service: false,
    divisions: [
      div('BID-IDEOLOGI', 'Bidang Ideologi, Wawasan Kebangsaan dan Karakter Bangsa', {
        jf: [['ANALIS_KEBIJAKAN', AP, 1]],
      }),
      div('BID-POLDAGRI', 'Bidang Politik Dalam Negeri dan Organisasi Kemasyarakatan', {
        jf: [
          ['ANALIS_KEBIJAKAN', AP, 1],
          ['ANALIS_KEBIJAKAN', AM, 1],
        ],
      }),
      div('BID-KEWASPADAAN', 'Bidang Kewaspadaan Nasional dan Penanganan Konflik', {
        jf: [['ANALIS_KEBIJAKAN', AP, 1]],
      }),
    ],
  }),
  opd({
    code: 'BPBD',
    name: 'Badan Penanggulangan Bencana Daerah',
    shortName: 'BPBD',
    head: 'Kepala Pelaksana Badan Penanggulangan Bencana Daerah',
    family: 'PUBLIC_ORDER',
    fields: ['ENVIRONMENT', 'ENGINEERING_CIVIL', 'SOCIAL_GOVERNMENT'],
    service: true,
    divisions: [
      div('BID-PK', 'Bidang Pencegahan dan Kesiapsiagaan', {
        section: 'Seksi Kesiapsiagaan',
        jf: [['PENATA_BENCANA', AP, 2]],
        staff: ['BENCANA', 'DATA'],
      }),
      div('BID-KL', 'Bidang Kedaruratan dan Logistik', {
        section: 'Seksi Logistik',
        jf: [
          ['PENATA_BENCANA', AP, 1],
          ['PENATA_BENCANA', AM, 1],
        ],
        staff: ['BENCANA', 'BENCANA', 'BENCANA', 'PENGEMUDI'],
      }),
      div('BID-RR', 'Bidang Rehabilitasi dan Rekonstruksi', {
        section: 'Seksi Rehabilitasi',
        jf: [['PENATA_BENCANA', AP, 1]],
        staff: ['UMUM', 'BENCANA'],
      }),
    ],
    upt: ['Pos Siaga Bencana Wilayah'],
    uptStaff: 'BENCANA',
  }),
  opd({
    code: 'SATPOLPP',
    name: 'Satuan Polisi Pamong Praja dan Pemadam Kebakaran',
    shortName: 'Satpol PP dan Damkar',
    head: 'Kepala Satuan Polisi Pamong Praja dan Pemadam Kebakaran',
    family: 'PUBLIC_ORDER',
    fields: ['LAW', 'SOCIAL_GOVERNMENT'],
    service: true,
    divisions: [
      div('BID-GAKDA', 'Bidang Penegakan Peraturan Daerah', {
        section: 'Seksi Penyidikan dan Penindakan',
        jf: [
          ['POL_PP', T, 5],
          ['POL_PP', M, 2],
          ['POL_PP_A', AP, 1],
        ],
        staff: ['TRANTIB', 'UMUM'],
      }),
      div('BID-TIBUM', 'Bidang Ketertiban Umum dan Ketenteraman Masyarakat', {
        section: 'Seksi Operasi dan Pengendalian',
        jf: [
          ['POL_PP', T, 6],
          ['POL_PP', M, 2],
          ['POL_PP', PY, 1],
        ],
        staff: ['TRANTIB', 'TRANTIB', 'PENGEMUDI'],
      }),
      div('BID-DAMKAR', 'Bidang Pemadam Kebakaran dan Penyelamatan', {
        section: 'Seksi Operasi Pemadaman dan Penyelamatan',
        jf: [
          ['DAMKAR', T, 8],
          ['DAMKAR', M, 3],
          ['DAMKAR', PY, 1],
        ],
        staff: ['PENGEMUDI', 'PENGEMUDI', 'OPERATOR'],
      }),
      div('BID-LINMAS', 'Bidang Perlindungan Masyarakat', {
        section: 'Seksi Satuan Perlindungan Masyarakat',
        jf: [['POL_PP', T, 2]],
        staff: ['TRANTIB', 'DATA'],
      }),
    ],
    upt: ['Pos Pemadam Kebakaran Wilayah'],
    uptStaff: 'TRANTIB',
  }),
];
