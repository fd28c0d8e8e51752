import { z } from 'zod';
import { ENTRY_FIELDS } from '../core/appraisal/entries.js';
import { PERIOD_KINDS, PERIOD_STATUSES } from '../core/appraisal/period.js';
import { RATINGS } from '../core/appraisal/ratings.js';
import { EVIDENCE_KINDS, RECORD_KINDS } from '../core/appraisal/records.js';
import { actionList, localizedMessage } from './common.js';

/**
 * Periodic performance evaluation (issue 4): periods and their lifecycle, bulk entry and import
 * of SKP ratings and attendance with a per-row report, and corrections. Ratings and NIPs in bulk
 * bodies are plain text on purpose: a bad one becomes a row of the report, not a 400 for the whole
 * batch.
 */
export const evidenceSchema = z.object({
  kind: z.enum(EVIDENCE_KINDS),
  reference: z.string().trim().min(3).max(200),
});

export const periodDto = z.object({
  id: z.number().int(),
  code: z.string(),
  kind: z.enum(PERIOD_KINDS),
  year: z.number().int(),
  sequence: z.number().int(),
  startDate: z.string(),
  endDate: z.string(),
  status: z.enum(PERIOD_STATUSES),
  policyVersion: z.number().int().nullable(),
  closedAt: z.string().nullable(),
  closedByUserId: z.number().int().nullable(),
  version: z.number().int(),
});
export type PeriodDto = z.infer<typeof periodDto>;

export const periodListResponse = z.object({
  items: z.array(periodDto.extend({ rated: z.number().int() })),
  actions: actionList,
});

export const createPeriodBody = z.object({
  kind: z.enum(PERIOD_KINDS),
  year: z.number().int().min(2000).max(2100),
  /** 1-based: the month, quarter or semester; omitted for an annual period. */
  sequence: z.number().int().min(1).max(12).optional(),
});

export const closePeriodBody = z.object({ version: z.number().int().positive() });
export const closePeriodResponse = z.object({
  period: periodDto,
  evaluated: z.number().int(),
  policyVersion: z.number().int(),
});

export const periodIdParam = z.object({ id: z.coerce.number().int().positive() });

const nipText = z.string().trim().min(1).max(40);
const count = z.number().int().min(0).max(400);

export const recordsBody = z.object({
  skp: z
    .array(
      z.object({
        nip: nipText,
        hasilKerja: z.string().max(60),
        perilakuKerja: z.string().max(60),
        evaluatorNip: nipText.nullable().optional(),
        evidence: evidenceSchema,
      }),
    )
    .max(5000)
    .optional(),
  attendance: z
    .array(
      z.object({
        nip: nipText,
        workingDays: count,
        unexcusedDays: count,
        lateCount: count,
        evidence: evidenceSchema,
      }),
    )
    .max(5000)
    .optional(),
  dryRun: z.boolean().optional(),
});

export const entryProblemDto = z.object({
  /** Row as the spreadsheet numbers it (or the item number in a section); null: the whole file. */
  row: z.number().int().nullable(),
  section: z.enum(['skp', 'attendance']).nullable(),
  column: z.string().nullable(),
  value: z.unknown().optional(),
  code: z.string(),
  rule: z.string(),
  messages: localizedMessage,
  severity: z.enum(['ERROR', 'WARNING']),
});

export const entryReportDto = z.object({
  committed: z.boolean(),
  dryRun: z.boolean(),
  rows: z.number().int(),
  validRows: z.number().int(),
  counts: z.object({ skp: z.number().int(), attendance: z.number().int() }),
  periods: z.array(z.string()),
  problems: z.array(entryProblemDto),
});
export type EntryReportDto = z.infer<typeof entryReportDto>;

/** A CSV or XLSX file as base64 (multipart would need another plugin; files are small). */
export const importBody = z.object({
  fileName: z.string().trim().min(1).max(200),
  contentBase64: z.string().min(1).max(7_000_000),
  dryRun: z.boolean().optional(),
});

export const importReportDto = entryReportDto.extend({
  fileName: z.string(),
  sha256: z.string(),
  format: z.enum(['CSV', 'XLSX']),
  sheet: z.string().nullable(),
  headerRow: z.number().int().nullable(),
  columns: z.array(z.object({ field: z.enum([...ENTRY_FIELDS, 'predikat']), header: z.string() })),
});

export const correctionBody = z.object({
  nip: nipText,
  kind: z.enum(RECORD_KINDS),
  skp: z
    .object({
      hasilKerja: z.enum(RATINGS),
      perilakuKerja: z.enum(RATINGS),
      evaluatorNip: nipText.nullable().optional(),
    })
    .optional(),
  attendance: z.object({ workingDays: count, unexcusedDays: count, lateCount: count }).optional(),
  evidence: evidenceSchema,
  reason: z.string().trim().max(500),
});

export const unitGradesBody = z.object({
  grades: z
    .array(
      z.object({
        unitId: z.number().int().positive(),
        grade: z.enum(['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG']),
      }),
    )
    .min(1)
    .max(500),
});
export const unitGradesResponse = z.object({
  periodId: z.number().int(),
  grades: z.array(z.object({ unitId: z.number().int(), grade: z.string() })),
});
