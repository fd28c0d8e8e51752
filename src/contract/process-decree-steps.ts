import { z } from 'zod';
import { DECREE_FINDING_CODES } from '../core/workflow/decree-check.js';
import { DECREE_SCOPES } from '../core/workflow/decree-title.js';
import { localDateField, nipField } from './field-rules.js';
import { boundedText } from './process-fields.js';
import { transitionBody } from './process-proposals.js';

/**
 * The proposal steps around its SK (issue 7): the Mendagri approval and the pre-issue check before
 * it, issuing and signing it (issue 14), then announcement, objections and the day it takes effect.
 * Responses are the proposal's detail (`process-proposals.ts`).
 */

export const objectionParam = z.object({
  id: z.coerce.number().int().positive(),
  objectionId: z.coerce.number().int().positive(),
});

export const announceBody = transitionBody.extend({
  note: z.string().trim().max(2000).nullable().optional(),
});

export const takeEffectBody = transitionBody.extend({ date: localDateField.optional() });

export const mendagriApprovalBody = z.object({
  version: z.number().int().min(1),
  letterNo: boundedText(3, 120),
  letterDate: localDateField,
  subject: boundedText(3, 500),
  coveredNips: z.array(nipField).min(1).max(500),
});

export const objectionBody = z.object({ nip: nipField, text: boundedText(5, 4000) });

export const decideObjectionBody = z.object({
  version: z.number().int().min(1),
  decision: z.enum(['UPHELD', 'DISMISSED']),
  reason: z.string().trim().max(2000),
});

/** Issuing the SK: its date defaults to today at the instansi, and is checked like the rest. */
export const issueSkBody = transitionBody.extend({ date: localDateField.optional() });

/** Recording the SK's signature: the day it was signed (default today), never before the SK's date. */
export const signSkBody = transitionBody.extend({ signedOn: localDateField.optional() });

export const decreeCheckQuery = z.object({ date: localDateField.optional() });

const localized = z.object({ id: z.string(), en: z.string() });

/** What the pre-issue check found, and whether the caller may issue the SK on that date now. */
export const decreeCheckDto = z.object({
  proposalId: z.number().int(),
  date: z.string(),
  title: z.object({
    scope: z.enum(DECREE_SCOPES),
    subject: z.string(),
    counts: z.object({
      JPT: z.number().int(),
      ADMINISTRATOR: z.number().int(),
      PENGAWAS: z.number().int(),
      JF: z.number().int(),
      PELAKSANA: z.number().int(),
    }),
  }),
  moves: z.number().int(),
  findings: z.array(
    z.object({
      code: z.enum(DECREE_FINDING_CODES),
      /** Where to fix it: `skSignatory.nip` (process settings), `date`, `items`, `board`, `mendagriApproval`. */
      field: z.string(),
      value: z.unknown().optional(),
      message: localized,
    }),
  ),
  allowed: z.boolean(),
  refusal: z.object({ code: z.string(), message: localized }).nullable(),
});
export type DecreeCheckDto = z.infer<typeof decreeCheckDto>;
