import type { CompetencyLevel, CompetencyScore } from '../core/model/competency.js';
import type { CompetencyAssessmentDraft, DisciplinaryCaseDraft } from '../core/model/drafts.js';
import { HUKDIS_TYPES_BY_LEVEL, type HukdisLevel, type HukdisType } from '../core/model/employee.js';
import { addMonthsDay, civil, type Day, fmt } from './dates.js';
import type { SkNumbers } from './numbers.js';
import type { PositionPlan } from './positions.js';
import type { Random } from './random.js';

const ASSESSORS = [
  'UPT Penilaian Kompetensi Pegawai BKN',
  'Kantor Regional VI BKN Medan',
  'UPT Penilaian Kompetensi BPSDM Provinsi Sumatera Utara',
  'Tim Penilai Kompetensi BKPSDM Kota Sibolga',
];
const GAP: readonly (readonly [number, number])[] = [
  [-2, 4],
  [-1, 26],
  [0, 45],
  [1, 22],
  [2, 3],
];

/**
 * A competency assessment on the codes of the post's standard, levels around the required one
 * (some gaps, some above), done in the last three years and valid for three (DOMAIN.md 7.2, 8.3).
 */
export function assessment(
  rng: Random,
  p: PositionPlan,
  start: Day,
  asOf: Day,
): CompetencyAssessmentDraft | null {
  const latest = asOf - 20;
  const earliest = Math.max(start + 30, asOf - 3 * 365 + 1);
  if (earliest > latest) return null;
  const on = rng.int(earliest, latest);
  const scores: CompetencyScore[] = p.standard.map((s) => ({
    type: s.type,
    code: s.code,
    level: Math.min(5, Math.max(1, s.level + rng.weighted(GAP))) as CompetencyLevel,
  }));
  return {
    assessedOn: fmt(on),
    validUntil: fmt(addMonthsDay(on, 36)),
    assessor: rng.pick(ASSESSORS),
    scores,
  };
}

export interface DisciplineOptions {
  readonly rng: Random;
  readonly sk: SkNumbers;
  readonly start: Day;
  readonly asOf: Day;
}

const MONTHS: Partial<Record<HukdisType, number>> = {
  POTONGAN_TPK_25_6_BULAN: 6,
  POTONGAN_TPK_25_9_BULAN: 9,
  POTONGAN_TPK_25_12_BULAN: 12,
  PENURUNAN_JABATAN_12_BULAN: 12,
  PEMBEBASAN_JABATAN_12_BULAN: 12,
};
const OFFENCES: Readonly<Record<HukdisLevel, readonly string[]>> = {
  RINGAN: [
    'Tidak masuk kerja tanpa alasan yang sah selama 3 hari kerja dalam satu tahun',
    'Tidak masuk kerja tanpa alasan yang sah selama 5 hari kerja dalam satu tahun',
    'Tidak menaati ketentuan jam kerja secara berulang',
    'Tidak mencapai target kinerja tanpa alasan yang sah',
  ],
  SEDANG: [
    'Tidak masuk kerja tanpa alasan yang sah selama 12 hari kerja dalam satu tahun',
    'Tidak masuk kerja tanpa alasan yang sah selama 15 hari kerja dalam satu tahun',
    'Memberikan dukungan kepada calon kepala daerah melalui media sosial',
    'Tidak menyelesaikan tugas pelayanan sehingga merugikan masyarakat',
  ],
  BERAT: [
    'Tidak masuk kerja tanpa alasan yang sah selama 22 hari kerja dalam satu tahun',
    'Menyalahgunakan wewenang dalam pengelolaan keuangan kegiatan',
    'Menjadi pengurus tim pemenangan calon kepala daerah',
  ],
};

/**
 * A disciplinary case under PP 94/2021 (DOMAIN.md 6): mostly finished, some being served (a 6-12
 * month TPP cut that ends after asOf), a few still suspected or under examination, a few on appeal.
 * Heavy penalties that remove the person from their post appear only as finished cases.
 */
export function disciplinaryCase(o: DisciplineOptions): DisciplinaryCaseDraft | null {
  const { rng, sk, start, asOf } = o;
  const status = rng.weighted([
    ['SELESAI', 62],
    ['DIJATUHI', 18],
    ['PEMERIKSAAN', 10],
    ['DUGAAN', 7],
    ['BANDING', 3],
  ] as const);
  if (status === 'DUGAAN' || status === 'PEMERIKSAAN') {
    const level: HukdisLevel = rng.weighted([
      ['RINGAN', 3],
      ['SEDANG', 5],
      ['BERAT', 2],
    ]);
    return {
      status,
      level: status === 'DUGAAN' ? null : level,
      penaltyType: null,
      description: rng.pick(OFFENCES[level]),
      decisionNumber: null,
      decisionDate: null,
      startDate: null,
      endDate: null,
      suspendedFromDuty: false,
    };
  }
  const level: HukdisLevel =
    status === 'DIJATUHI'
      ? 'SEDANG'
      : status === 'BANDING'
        ? rng.pick(['SEDANG', 'BERAT'] as const)
        : rng.weighted([
            ['RINGAN', 55],
            ['SEDANG', 33],
            ['BERAT', 12],
          ]);
  const types = HUKDIS_TYPES_BY_LEVEL[level].filter((t) => t !== 'PDHTAPS');
  const penaltyType = rng.pick(types);
  const months = MONTHS[penaltyType] ?? 0;
  let decided: Day;
  if (status === 'DIJATUHI') decided = addMonthsDay(asOf, -rng.int(1, months - 1));
  else if (status === 'BANDING') decided = asOf - rng.int(15, 80);
  else decided = addMonthsDay(asOf, -rng.int(months + 2, months + 48));
  decided -= rng.int(0, 20);
  if (decided < start + 180) return null;
  const end = months ? addMonthsDay(decided, months) - 1 : decided;
  return {
    status,
    level,
    penaltyType,
    description: rng.pick(OFFENCES[level]),
    decisionNumber: sk.next('DISCIPLINE', civil(decided).year),
    decisionDate: fmt(decided),
    startDate: fmt(decided),
    endDate: fmt(end),
    suspendedFromDuty: false,
  };
}
