import { z } from 'zod';
import { actionList } from './common.js';
import { nipField } from './field-rules.js';
import { boundedText } from './process-fields.js';

// Process settings (objection window, decree numbering, signatories): read by the process roles,
// changed by the head of BKPSDM only.

/** A blank NIP is no NIP (an elected Wali Kota has none); one typed in must pass the NIP rules. */
const optionalNip = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
  nipField.optional(),
);

// The service re-checks each signatory with the core (`signatoryProblems`): a NIP where the
// signature block shows one, a valid PNS NIP on today's date.
const signatoryField = z.object({
  title: boundedText(3, 120),
  office: z.string().trim().max(120).optional(),
  name: boundedText(3, 160),
  nip: optionalNip,
});

export const processSettingsBody = z.object({
  objectionWindowDays: z.number().int().min(0).max(90),
  numbering: z.object({
    template: boundedText(6, 120),
    klasifikasi: boundedText(1, 40),
    unit: boundedText(1, 40),
    seqDigits: z.number().int().min(1).max(6),
  }),
  /** Null leaves a signatory unset; the pre-issue check then reports it. */
  skSignatory: signatoryField.nullable(),
  excerptSigner: signatoryField.nullable(),
});

const signatoryDto = z.object({
  title: z.string(),
  office: z.string().optional(),
  name: z.string(),
  nip: z.string().optional(),
});

export const processSettingsDto = z.object({
  objectionWindowDays: z.number().int(),
  numbering: z.object({
    template: z.string(),
    klasifikasi: z.string(),
    unit: z.string(),
    seqDigits: z.number().int(),
  }),
  /** Null while unset: no placeholder name is ever printed on an SK. */
  skSignatory: signatoryDto.nullable(),
  excerptSigner: signatoryDto.nullable(),
  /** What the next SK number would look like today, so the form shows the pattern's effect. */
  sampleNumber: z.string(),
  actions: actionList,
});
