import { AM, AP, div, M, type OpdSpec, opd, T } from './opd-spec.js';

/** Dinas of works, housing, environment, fisheries, trade, transport, informatics and investment. */
export const ECONOMY_INFRASTRUCTURE_OPDS: readonly OpdSpec[] = [
  opd({
    code: 'DPUPR',
    name: 'Dinas Pekerjaan Umum dan Penataan Ruang',
    shortName: 'Dinas PUPR',
    head: 'Kepala Dinas Pekerjaan Umum dan Penataan Ruang',
    family: 'ENGINEERING',
    fields: ['ENGINEERING_CIVIL'],
    service: true,
    divisions: [
      div('BID-BM', 'Bidang Bina Marga', {
        section: 'Seksi Pembangunan dan Preservasi Jalan',
        jf: [
          ['TEKNIK_JALAN_T', T, 2],
          ['TEKNIK_JALAN_T', M, 1],
          ['TEKNIK_JALAN_A', AP, 2],
          ['TEKNIK_JALAN_A', AM, 1],
        ],
        staff: ['JALAN', 'JALAN', 'UMUM'],
      }),
      div('BID-SDA', 'Bidang Sumber Daya Air', {
        section: 'Seksi Drainase dan Pengendalian Banjir',
        jf: [
          ['TEKNIK_PENGAIRAN', AP, 1],
          ['TEKNIK_PENGAIRAN', AM, 1],
        ],
        staff: ['JALAN', 'DATA'],
      }),
      div('BID-CK', 'Bidang Cipta Karya', {
        section: 'Seksi Bangunan Gedung',
        jf: [['TEKNIK_BANGUNAN', AP, 1]],
      }),
      div('BID-TR', 'Bidang Penataan Ruang', {
        jf: [
          ['PENATA_RUANG', AP, 1],
          ['PENATA_RUANG', AM, 1],
        ],
      }),
    ],
    upt: ['UPTD Peralatan dan Perbengkelan', 'UPTD Pemeliharaan Jalan Wilayah'],
    uptStaff: 'JALAN',
  }),
  opd({
    code: 'DPKPP',
    name: 'Dinas Perumahan, Kawasan Permukiman dan Pertanahan',
    shortName: 'DPKPP',
    head: 'Kepala Dinas Perumahan, Kawasan Permukiman dan Pertanahan',
    family: 'ENGINEERING',
    fields: ['ENGINEERING_CIVIL', 'LAW'],
    service: true,
    divisions: [
      div('BID-PERUMAHAN', 'Bidang Perumahan', {
        section: 'Seksi Rumah Tidak Layak Huni',
        jf: [['TEKNIK_BANGUNAN', AP, 1]],
      }),
      div('BID-KAWASAN', 'Bidang Kawasan Permukiman', {
        section: 'Seksi Penataan Kawasan Kumuh',
        jf: [
          ['TEKNIK_BANGUNAN', AP, 1],
          ['TEKNIK_BANGUNAN', AM, 1],
        ],
        staff: ['PERMUKIMAN', 'DATA'],
      }),
      div('BID-PERTANAHAN', 'Bidang Pertanahan', {
        fields: ['LAW', 'ENGINEERING_CIVIL'],
        staff: ['UMUM', 'DATA'],
      }),
    ],
  }),
  opd({
    code: 'DLH',
    name: 'Dinas Lingkungan Hidup',
    shortName: 'DLH',
    head: 'Kepala Dinas Lingkungan Hidup',
    family: 'ENVIRONMENT',
    fields: ['ENVIRONMENT', 'ENGINEERING_OTHER', 'SCIENCE'],
    service: true,
    divisions: [
      div('BID-TATA', 'Bidang Tata Lingkungan', {
        jf: [
          ['PDL', AP, 1],
          ['PDL', AM, 1],
        ],
      }),
      div('BID-SAMPAH', 'Bidang Pengelolaan Sampah dan Limbah B3', {
        section: 'Seksi Pengurangan dan Penanganan Sampah',
        staff: ['KEBERSIHAN', 'KEBERSIHAN', 'KEBERSIHAN', 'PENGEMUDI', 'PENGEMUDI'],
      }),
      div('BID-PPKL', 'Bidang Pengendalian Pencemaran dan Kerusakan Lingkungan', {
        section: 'Seksi Pemantauan Kualitas Lingkungan',
        jf: [
          ['PENGAWAS_LH', AP, 1],
          ['PDL', AP, 1],
        ],
      }),
    ],
    upt: ['UPTD Pengelolaan Sampah Wilayah', 'UPTD Pertamanan'],
    uptStaff: 'KEBERSIHAN',
  }),
  opd({
    code: 'DISKAN',
    name: 'Dinas Perikanan',
    shortName: 'Diskan',
    head: 'Kepala Dinas Perikanan',
    family: 'AGRI_FISHERIES',
    fields: ['FISHERIES', 'AGRICULTURE'],
    service: true,
    divisions: [
      div('BID-TANGKAP', 'Bidang Perikanan Tangkap', {
        section: 'Seksi Kenelayanan',
        jf: [
          ['PENYULUH_PERIKANAN_T', T, 2],
          ['PENYULUH_PERIKANAN_A', AP, 2],
          ['PENGAWAS_PERIKANAN', AP, 1],
        ],
        staff: ['TPI', 'DATA'],
      }),
      div('BID-BUDIDAYA', 'Bidang Perikanan Budidaya', {
        jf: [
          ['PENYULUH_PERIKANAN_A', AP, 1],
          ['PENYULUH_PERIKANAN_A', AM, 1],
        ],
      }),
      div('BID-P2HP', 'Bidang Pengolahan dan Pemasaran Hasil Perikanan', {
        section: 'Seksi Pemasaran Hasil Perikanan',
        jf: [['PENYULUH_PERIKANAN_T', M, 1]],
        staff: ['TPI', 'UMUM'],
      }),
    ],
    upt: ['UPTD Tempat Pelelangan Ikan'],
    uptStaff: 'TPI',
  }),
  opd({
    code: 'DISKOPUKMDAG',
    name: 'Dinas Koperasi, Usaha Kecil dan Menengah dan Perdagangan',
    shortName: 'Diskopukmdag',
    head: 'Kepala Dinas Koperasi, Usaha Kecil dan Menengah dan Perdagangan',
    family: 'ECONOMY_TRADE',
    fields: ['ECONOMICS', 'MANAGEMENT', 'ACCOUNTING'],
    service: true,
    divisions: [
      div('BID-KOPERASI', 'Bidang Koperasi', {
        jf: [
          ['PENGAWAS_KOPERASI', AP, 1],
          ['PENGAWAS_KOPERASI', AM, 1],
        ],
      }),
      div('BID-UKM', 'Bidang Usaha Kecil dan Menengah', { section: 'Seksi Pemberdayaan Usaha Mikro' }),
      div('BID-PERDAGANGAN', 'Bidang Perdagangan', {
        section: 'Seksi Sarana Distribusi dan Pasar',
        jf: [
          ['PENGAWAS_DAGANG', AP, 1],
          ['PENERA', T, 1],
        ],
        staff: ['PASAR', 'PASAR', 'DATA'],
      }),
    ],
    upt: ['UPTD Pasar'],
    uptStaff: 'PASAR',
  }),
  opd({
    code: 'DISHUB',
    name: 'Dinas Perhubungan',
    shortName: 'Dishub',
    head: 'Kepala Dinas Perhubungan',
    family: 'TRANSPORT',
    fields: ['ENGINEERING_OTHER', 'ENGINEERING_CIVIL'],
    service: true,
    divisions: [
      div('BID-LLAJ', 'Bidang Lalu Lintas dan Angkutan Jalan', {
        section: 'Seksi Manajemen dan Rekayasa Lalu Lintas',
        staff: ['LALIN', 'LALIN', 'LALIN', 'UMUM'],
      }),
      div('BID-SARPRAS', 'Bidang Sarana dan Prasarana Perhubungan', {
        section: 'Seksi Pengujian Sarana',
        jf: [
          ['PENGUJI_KENDARAAN', T, 2],
          ['PENGUJI_KENDARAAN', M, 1],
        ],
        staff: ['OPERATOR', 'DATA'],
      }),
      div('BID-PARKIR', 'Bidang Perparkiran dan Keselamatan', { staff: ['PASAR', 'PASAR', 'LALIN'] }),
    ],
    upt: ['UPTD Terminal', 'UPTD Pengujian Kendaraan Bermotor'],
    uptStaff: 'LALIN',
  }),
  opd({
    code: 'DISKOMINFO',
    name: 'Dinas Komunikasi dan Informatika',
    shortName: 'Diskominfo',
    head: 'Kepala Dinas Komunikasi dan Informatika',
    family: 'IT_DIGITAL',
    fields: ['IT', 'COMMUNICATION', 'SCIENCE'],
    service: true,
    divisions: [
      div('BID-IKP', 'Bidang Informasi dan Komunikasi Publik', {
        family: 'COMMUNICATION',
        fields: ['COMMUNICATION'],
        jf: [
          ['PRANATA_HUMAS', AP, 2],
          ['PRANATA_HUMAS', AM, 1],
          ['PRANATA_HUMAS_T', T, 1],
        ],
        staff: ['INFORMASI', 'DATA'],
      }),
      div('BID-APTIKA', 'Bidang Aplikasi Informatika', {
        section: 'Seksi Infrastruktur dan Teknologi',
        fields: ['IT'],
        jf: [
          ['PRAKOM_A', AP, 3],
          ['PRAKOM_A', AM, 2],
          ['PRAKOM_T', T, 2],
          ['PRAKOM_T', M, 1],
        ],
        staff: ['TEKNIS_TI', 'DATA'],
      }),
      div('BID-STATSAN', 'Bidang Statistik dan Persandian', {
        fields: ['IT', 'SCIENCE'],
        jf: [
          ['STATISTISI', AP, 1],
          ['SANDIMAN', AP, 1],
        ],
      }),
    ],
  }),
  opd({
    code: 'DPMPTSP',
    name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    shortName: 'DPMPTSP',
    head: 'Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    family: 'ECONOMY_TRADE',
    fields: ['ECONOMICS', 'LAW', 'MANAGEMENT'],
    service: true,
    divisions: [
      div('BID-PM', 'Bidang Penanaman Modal', {
        jf: [
          ['PENATA_PM', AP, 2],
          ['PENATA_PM', AM, 1],
        ],
      }),
      div('BID-PERIZINAN', 'Bidang Pelayanan Perizinan dan Nonperizinan', {
        section: 'Seksi Pelayanan Perizinan',
        staff: ['PERIZINAN', 'PERIZINAN', 'PERIZINAN', 'OPERATOR'],
      }),
      div('BID-PENGADUAN', 'Bidang Pengaduan, Kebijakan dan Pelaporan Layanan', {
        staff: ['PERIZINAN', 'DATA'],
      }),
    ],
  }),
];
