import type { GolonganCode } from '../model/golongan.js';
import type { LocalDate } from '../model/local-date.js';
import {
  ESELONS,
  type Eselon,
  type PositionKind,
  RANK_RANGE_BY_ESELON,
  RANK_RANGE_BY_JF_LEVEL,
} from '../model/position.js';
import { DEFAULT_RETIREMENT_AGE } from '../model/retirement.js';
import type { Citation, RuleTable, VerificationTag } from './rule-table.js';

const cite = (regulation: string, article: string, tag: VerificationTag, note?: string): Citation =>
  note === undefined ? { regulation, article, tag } : { regulation, article, tag, note };

const PP11 = 'PP 11/2017 jo PP 17/2020 (Manajemen PNS)';
const PERBAN5 = 'Peraturan BKN 5/2019 (Tata Cara Pelaksanaan Mutasi)';
const MANAGERIAL: readonly PositionKind[] = [
  'JPT_UTAMA',
  'JPT_MADYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
];
const JPT: readonly PositionKind[] = ['JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA'];

const minByEselon = Object.fromEntries(ESELONS.map((e) => [e, RANK_RANGE_BY_ESELON[e].min])) as Record<
  Eselon,
  GolonganCode
>;
const electionScope = {
  positionKinds: ['JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS'] as PositionKind[],
  includeTugasTambahan: true,
};

/**
 * The rule table Penata ships with (DOMAIN.md 1.5, 2, 3, 6, 9). Rules tagged U are settings with the
 * documented default for BKPSDM to confirm; an instansi edits a copy under a new version.
 */
export const DEFAULT_RULE_TABLE: RuleTable = {
  version: 'penata-2026.2',
  effectiveFrom: '2023-10-31' as LocalDate,
  supersedes: null,
  rules: {
    'R-STATUS-AKTIF': {
      severity: 'BLOCK',
      whenMissing: 'PASS',
      params: { blockedStatuses: ['RETIRED', 'SUSPENDED'] },
      citation: cite(
        `${PP11}; PP 94/2021 (Disiplin PNS)`,
        'Pasal 190 (mutasi PNS); pembebasan sementara dari tugas jabatan (PP 94/2021)',
        'U',
        'Which statuses block is an instansi setting',
      ),
    },
    'R-CPNS': {
      severity: 'BLOCK',
      whenMissing: 'PASS',
      params: {},
      citation: cite(PP11, 'Pasal 190 (mutasi berlaku bagi PNS; CPNS dalam masa percobaan)', 'S'),
    },
    'R-PPPK': {
      severity: 'BLOCK',
      whenMissing: 'PASS',
      params: {},
      citation: cite(
        'PP 49/2018 (Manajemen PPPK); UU 20/2023',
        'perjanjian kerja (PPPK diangkat pada jabatan tertentu untuk masa perjanjian)',
        'S',
        'PPPK are outside PNS mutation plans by default (DOMAIN.md 15.4); whether UU 20/2023 widens PPPK mobility is [U]: set WARN to allow',
      ),
    },
    'R-TUBEL': {
      severity: 'BLOCK',
      whenMissing: 'PASS',
      params: {},
      citation: cite(PERBAN5, 'Pasal 3 (pernyataan tidak sedang tugas belajar atau ikatan dinas)', 'V'),
    },
    'R-HUKDIS': {
      severity: 'BLOCK',
      whenMissing: 'PASS',
      params: { inProcessStatuses: ['DUGAAN', 'PEMERIKSAAN', 'BANDING'], blockWhileServing: true },
      citation: cite(
        `${PERBAN5}; PP 94/2021 (Disiplin PNS)`,
        'Pasal 3 (pernyataan tidak sedang dalam proses atau menjalani hukuman disiplin)',
        'V',
      ),
    },
    'R-PERADILAN': {
      severity: 'BLOCK',
      whenMissing: 'PASS',
      params: {},
      citation: cite(PERBAN5, 'Pasal 3 (pernyataan tidak sedang menjalani proses peradilan)', 'V'),
    },
    'R-TENURE-MIN': {
      severity: 'BLOCK',
      whenMissing: 'PASS',
      params: { minMonths: 24, exemptMutationKinds: ['DEMOTION'] },
      citation: cite(
        PP11,
        'Pasal 190 ayat (3)',
        'V',
        'Counted to the TMT. The regulation lists no exceptions; exempting disciplinary demotions, and ' +
          'passing a move with a recorded override (ground, approver, reason, document), are design choices [U]',
      ),
    },
    'R-TENURE-MAX': {
      severity: 'WARN',
      whenMissing: 'PASS',
      params: { maxMonths: 60 },
      citation: cite(PP11, 'Pasal 190 ayat (3)', 'V'),
    },
    'R-SELF-REQUEST-10Y': {
      severity: 'WARN',
      whenMissing: 'PASS',
      params: { years: 10 },
      citation: cite('Surat pernyataan pelamar CPNS (BKN)', 'tidak mengajukan pindah selama 10 tahun', 'S'),
    },
    'R-SKP-2Y': {
      severity: 'WARN',
      severityByKind: Object.fromEntries(MANAGERIAL.map((k) => [k, 'BLOCK'])),
      whenMissing: 'WARN',
      params: { years: 2, minPredikat: 'BAIK' },
      citation: cite(
        `${PP11}; ${PERBAN5}`,
        'PP 11/2017 Pasal 54, 55, 107; Perban 5/2019 Pasal 3',
        'V',
        'Blocks for managerial posts (a legal requirement); warns for other intra-Pemko moves [U]',
      ),
    },
    'R-DEMOSI': {
      severity: 'BLOCK',
      whenMissing: 'PASS',
      params: {},
      citation: cite(
        `${PP11}; PP 94/2021 (Disiplin PNS)`,
        'PP 11/2017 Pasal 190 ayat (4); PP 94/2021 Pasal 8 (penurunan jabatan sebagai hukuman berat)',
        'S',
        'The tier ladder follows PermenPANRB 17/2021 equivalences; JF/JPT placements are [U]',
      ),
    },
    'R-EDU-LEVEL': {
      severity: 'BLOCK',
      whenMissing: 'WARN',
      params: {
        minLevelByKind: {
          JPT_UTAMA: 'S1',
          JPT_MADYA: 'S1',
          JPT_PRATAMA: 'S1',
          ADMINISTRATOR: 'S1',
          PENGAWAS: 'D3',
        },
      },
      citation: cite(PP11, 'Pasal 54, 55, 107 (kualifikasi pendidikan); ANJAB jabatan', 'V'),
    },
    'R-EDU-OVER': {
      severity: 'WARN',
      whenMissing: 'PASS',
      params: {},
      citation: cite(
        'Kebijakan penempatan BKPSDM (bukan ketentuan undang-undang)',
        'PP 11/2017 Pasal 190 ayat (4) (kesesuaian kompetensi); DOMAIN.md 15.5',
        'U',
        'Over-qualification is legal: a warning for manual proposals; the planner blocks it unless its scenario allows it',
      ),
    },
    'R-EDU-FIELD': {
      severity: 'BLOCK',
      whenMissing: 'WARN',
      params: {},
      citation: cite(
        `${PP11}; PermenPANRB 38/2017`,
        'Pasal 190 ayat (4) (kesesuaian kompetensi dengan persyaratan jabatan); ANJAB',
        'S',
      ),
    },
    'R-RANK-MIN': {
      severity: 'WARN',
      severityByKind: { JF: 'BLOCK' },
      whenMissing: 'WARN',
      params: { byEselon: minByEselon },
      citation: cite(
        'PP 100/2000 jo PP 13/2002; peraturan jabatan fungsional',
        'Lampiran (pangkat terendah per eselon); jenjang JF dan pangkat',
        'V',
        "Structural: warn (DOMAIN.md 2.3); a JF level's band is R-JF-BAND, this rule keeps a JF post's own minimum (block) [U]",
      ),
    },
    'R-PROFESI': {
      severity: 'BLOCK',
      whenMissing: 'WARN',
      params: {},
      citation: cite(
        'UU 14/2005 (Guru dan Dosen); UU 17/2023 (Kesehatan)',
        'UU 14/2005 Pasal 8-9 (kualifikasi akademik); UU 17/2023 (kualifikasi tenaga medis dan tenaga kesehatan)',
        'S',
        'Subject linearity for teachers and the nurse/midwife tracks are [S] (DOMAIN.md 15.1)',
      ),
    },
    'R-PROFESI-LISENSI': {
      severity: 'BLOCK',
      whenMissing: 'BLOCK',
      params: {},
      citation: cite(
        'UU 14/2005 (Guru dan Dosen); UU 17/2023 (Kesehatan)',
        'UU 14/2005 Pasal 8 (sertifikat pendidik); UU 17/2023 Pasal 260, 263 (STR, SIP)',
        'S',
        'How strictly regions apply the educator certificate to PNS teachers is [S]: set WARN to relax',
      ),
    },
    'R-JF-BAND': {
      severity: 'BLOCK',
      whenMissing: 'WARN',
      params: { byJfLevel: RANK_RANGE_BY_JF_LEVEL },
      citation: cite(
        'PermenPANRB 1/2023 (Jabatan Fungsional); peraturan jabatan fungsional',
        'jenjang jabatan fungsional dan pangkat (DOMAIN.md 2.2)',
        'V',
        'A level outside the band is a separate act (penyesuaian/kenaikan jenjang), not a mutation (DOMAIN.md 15.2)',
      ),
    },
    'R-JF-ENTRY': {
      severity: 'WARN',
      whenMissing: 'PASS',
      params: {},
      citation: cite(
        'PermenPANRB 1/2023 (Jabatan Fungsional)',
        'pengangkatan melalui perpindahan dari jabatan lain (kualifikasi, uji kompetensi, pengalaman, batas usia)',
        'S',
        'The exact conditions and age limits are [U] (DOMAIN.md 15.2)',
      ),
    },
    'R-JF-KELUAR': {
      severity: 'WARN',
      whenMissing: 'PASS',
      params: {},
      citation: cite(
        `${PP11}; PP 94/2021 (Disiplin PNS)`,
        'perpindahan jenis jabatan; bukan penurunan jabatan sebagai hukuman (PP 94/2021 Pasal 8)',
        'S',
      ),
    },
    'R-EXP-PENGAWAS': {
      severity: 'BLOCK',
      whenMissing: 'WARN',
      params: { minMonths: 48 },
      citation: cite(PP11, 'Pasal 55 (paling singkat 4 tahun sebagai pelaksana atau JF setara)', 'V'),
    },
    'R-EXP-ADMINISTRATOR': {
      severity: 'BLOCK',
      whenMissing: 'WARN',
      params: { minMonths: 36, minTier: 4 },
      citation: cite(PP11, 'Pasal 54 (paling singkat 3 tahun sebagai pengawas atau JF setara)', 'V'),
    },
    'R-EXP-JPT': {
      severity: 'BLOCK',
      whenMissing: 'WARN',
      params: { kinds: JPT, minRelatedMonths: 60, minSeniorMonths: 24, seniorTier: 5 },
      citation: cite(
        PP11,
        'Pasal 107 huruf c',
        'V',
        '"Related field" read as the same position family or OPD [U]',
      ),
    },
    'R-JPT-AGE': {
      severity: 'BLOCK',
      whenMissing: 'PASS',
      params: { maxAgeByKind: { JPT_PRATAMA: 56 } },
      citation: cite(PP11, 'Pasal 107 huruf c (usia paling tinggi 56 tahun)', 'V'),
    },
    'R-JPT-2Y': {
      severity: 'BLOCK',
      whenMissing: 'PASS',
      params: { minMonths: 24, kinds: JPT },
      citation: cite(
        'UU 5/2014 (ASN)',
        'Pasal 116 ayat (1)',
        'V',
        'UU 5/2014 is repealed by UU 20/2023; whether the protection continues is [U]',
      ),
    },
    'R-HUKDIS-RIWAYAT': {
      severity: 'WARN',
      whenMissing: 'PASS',
      params: { lookbackMonths: 24, minLevel: 'SEDANG' },
      citation: cite(
        'PP 94/2021 (Disiplin PNS); kebijakan instansi',
        'Pasal 8 (tingkat hukuman); masa pemeriksaan riwayat ditetapkan instansi',
        'U',
      ),
    },
    'R-BUP-WINDOW': {
      severity: 'WARN',
      whenMissing: 'PASS',
      params: { windowMonths: 12, ages: DEFAULT_RETIREMENT_AGE },
      citation: cite('UU 5/2014 Pasal 90; PP 11/2017', 'Pasal 239 (batas usia pensiun)', 'U'),
    },
    'R-BUP-PASSED': {
      severity: 'BLOCK',
      whenMissing: 'PASS',
      params: { ages: DEFAULT_RETIREMENT_AGE },
      citation: cite('UU 5/2014 Pasal 90; PP 11/2017', 'Pasal 239 (batas usia pensiun)', 'U'),
    },
    'R-PILKADA-71-2': {
      severity: 'BLOCK',
      whenMissing: 'PASS',
      params: electionScope,
      citation: cite(
        'UU 10/2016 (Pilkada)',
        'Pasal 71 ayat (2)',
        'V',
        'Scope (JPT, administrator, pengawas, JF with tugas tambahan) per the 2024 Mendagri letter [S]',
      ),
    },
    'R-PILKADA-162-3': {
      severity: 'BLOCK',
      whenMissing: 'PASS',
      params: electionScope,
      citation: cite('UU 10/2016 (Pilkada)', 'Pasal 162 ayat (3)', 'V'),
    },
    'R-KOMPETENSI': {
      severity: 'WARN',
      whenMissing: 'PASS',
      params: { minJpm: 68 },
      citation: cite(
        `PermenPANRB 38/2017; ${PP11}`,
        'standar kompetensi jabatan; Pasal 54-55; ambang 68% (kategori seleksi) [S]',
        'S',
      ),
    },
  },
};
