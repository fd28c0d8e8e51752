import { z } from 'zod';
import { localDateField, nipField } from './field-rules.js';
import { boundedText } from './process-fields.js';
import { transitionBody } from './process-proposals.js';

/**
 * The proposal steps around its SK (issue 7): the Mendagri approval before it, then announcement,
 * objections and the day it takes effect. Responses are the proposal's detail (`process-proposals.ts`).
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
