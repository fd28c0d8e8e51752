import { type AppraisalPolicy, DEFAULT_APPRAISAL_POLICY } from '../../core/appraisal/policy.js';

/**
 * The demo instansi's own policy (version 1), set by the head of BKPSDM before the 2023 period was
 * closed: potential bands raised to 92 / 80. With the built-in 90 / 78, everyone who meets their
 * post's standard in full lands in the top column even without any training that year; Sibolga
 * asks for the training too. It shows a policy version with its reason, author and date.
 */
export const DEMO_POLICY: {
  readonly policy: AppraisalPolicy;
  readonly reason: string;
  readonly changedAt: string;
} = {
  policy: {
    ...DEFAULT_APPRAISAL_POLICY,
    potential: { ...DEFAULT_APPRAISAL_POLICY.potential, high: 92, medium: 80 },
  },
  reason:
    'Kalibrasi ambang potensi (rapat BKPSDM 15 Januari 2024): potensi tinggi mensyaratkan kompetensi sesuai standar jabatan dan pengembangan diri (JP pelatihan) pada tahun berjalan',
  changedAt: '2024-01-15T02:00:00.000Z',
};
