import { AM, AMD, AP, div, type OpdSpec, opd, T } from './opd-spec.js';

/**
 * Sekretariat Daerah (with its six bagian and the asisten and staf ahli), Sekretariat DPRD and the
 * Inspektorat. Names follow DOMAIN.md 11.3; the bagian are the usual ones of a kota [U].
 */
export const SECRETARIAT_OPDS: readonly OpdSpec[] = [
  opd({
    code: 'SETDA',
    name: 'Sekretariat Daerah',
    shortName: 'Setda',
    head: 'Sekretaris Daerah',
    eselon: 'II.a',
    family: 'GENERAL_ADMIN',
    fields: ['SOCIAL_GOVERNMENT', 'LAW', 'MANAGEMENT', 'ECONOMICS'],
    service: false,
    secretariat: false,
    divisions: [
      div('BAG-PEMERINTAHAN', 'Bagian Pemerintahan', {
        kind: 'BAGIAN',
        fields: ['SOCIAL_GOVERNMENT', 'LAW'],
        section: 'Subbagian Administrasi Kewilayahan',
        jf: [
          ['ANALIS_KEBIJAKAN', AP, 2],
          ['ANALIS_KEBIJAKAN', AM, 1],
        ],
      }),
      div('BAG-HUKUM', 'Bagian Hukum', {
        kind: 'BAGIAN',
        family: 'LEGAL',
        fields: ['LAW'],
        section: 'Subbagian Perundang-undangan',
        jf: [
          ['PERANCANG_PUU', AP, 1],
          ['PERANCANG_PUU', AM, 1],
          ['ANALIS_HUKUM', AP, 2],
        ],
        staff: ['UMUM', 'PERUNDANGAN'],
      }),
      div('BAG-ORGANISASI', 'Bagian Organisasi', {
        kind: 'BAGIAN',
        family: 'HR',
        fields: ['SOCIAL_GOVERNMENT', 'MANAGEMENT', 'PSYCHOLOGY'],
        section: 'Subbagian Kelembagaan dan Analisis Jabatan',
        jf: [
          ['ANALIS_KEBIJAKAN', AP, 1],
          ['ANALIS_SDM', AP, 1],
        ],
      }),
      div('BAG-UMUM', 'Bagian Umum', {
        kind: 'BAGIAN',
        section: 'Subbagian Tata Usaha Pimpinan',
        jf: [
          ['ARSIPARIS_T', T, 1],
          ['ARSIPARIS_A', AP, 1],
        ],
        staff: [
          'UMUM',
          'PERSURATAN',
          'PENGEMUDI',
          'PENGEMUDI',
          'SARPRAS',
          'KEAMANAN',
          'BENDAHARA',
          'KEUANGAN',
        ],
      }),
      div('BAG-PEREKONOMIAN', 'Bagian Perekonomian dan Sumber Daya Alam', {
        kind: 'BAGIAN',
        family: 'ECONOMY_TRADE',
        fields: ['ECONOMICS', 'MANAGEMENT', 'ACCOUNTING'],
        section: 'Subbagian Pengadaan Barang dan Jasa',
        jf: [
          ['PENGELOLA_PBJ', AP, 2],
          ['PENGELOLA_PBJ', AM, 1],
        ],
      }),
      div('BAG-PROTOKOL', 'Bagian Protokol dan Komunikasi Pimpinan', {
        kind: 'BAGIAN',
        family: 'COMMUNICATION',
        fields: ['COMMUNICATION', 'SOCIAL_GOVERNMENT'],
        section: 'Subbagian Protokol',
        jf: [['PRANATA_HUMAS', AP, 1]],
        staff: ['UMUM', 'PROTOKOL'],
      }),
    ],
  }),
  opd({
    code: 'SETWAN',
    name: 'Sekretariat DPRD',
    shortName: 'Setwan',
    head: 'Sekretaris DPRD',
    family: 'GENERAL_ADMIN',
    fields: ['SOCIAL_GOVERNMENT', 'LAW', 'MANAGEMENT'],
    service: false,
    secretariat: false,
    divisions: [
      div('BAG-UMUM', 'Bagian Umum dan Keuangan', {
        kind: 'BAGIAN',
        section: 'Subbagian Keuangan',
        staff: ['UMUM', 'BENDAHARA', 'KEUANGAN', 'PENGEMUDI', 'SARPRAS'],
      }),
      div('BAG-PERSIDANGAN', 'Bagian Persidangan dan Perundang-undangan', {
        kind: 'BAGIAN',
        family: 'LEGAL',
        fields: ['LAW', 'SOCIAL_GOVERNMENT'],
        section: 'Subbagian Risalah dan Persidangan',
        jf: [['ANALIS_HUKUM', AP, 1]],
        staff: ['UMUM', 'PERUNDANGAN'],
      }),
      div('BAG-FASILITASI', 'Bagian Fasilitasi Penganggaran dan Pengawasan', {
        kind: 'BAGIAN',
        family: 'PLANNING',
        section: 'Subbagian Fasilitasi Penganggaran',
        jf: [
          ['ANALIS_KEBIJAKAN', AP, 1],
          ['PRANATA_HUMAS', AP, 1],
        ],
      }),
    ],
  }),
  opd({
    code: 'INSPEKTORAT',
    name: 'Inspektorat',
    shortName: 'Inspektorat',
    head: 'Inspektur',
    family: 'AUDIT',
    fields: ['ACCOUNTING', 'ECONOMICS', 'LAW', 'MANAGEMENT'],
    service: false,
    divisions: [1, 2, 3, 4].map((n) =>
      div(`IRBAN-${n}`, `Inspektur Pembantu Wilayah ${['I', 'II', 'III', 'IV'][n - 1]}`, {
        jf: [
          ['AUDITOR', AP, 2],
          ['AUDITOR', AM, 1],
          ['AUDITOR', AMD, n % 2],
          ['PPUPD', AP, 1],
        ],
        staff: ['UMUM'],
      }),
    ),
  }),
];
