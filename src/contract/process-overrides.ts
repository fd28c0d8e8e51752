import { z } from 'zod';
import { TENURE_OVERRIDE_GROUNDS } from '../core/eligibility/tenure-override.js';
import { checkOverrideDocumentSize, TENURE_OVERRIDE_REASON } from '../core/workflow/tenure-override-rules.js';
import { boundedText } from './process-fields.js';

/**
 * Exceptions to the 2-year minimum in post for one move of a proposal (DOMAIN.md 15.6): the ground
 * from the fixed list, a bounded reason and the PDF that proves the ground, as base64 in JSON
 * (the files are small; multipart would need another plugin). Responses are the proposal's detail.
 */

/** Bytes a base64 text decodes to, from its length and padding. */
const decodedLength = (b64: string) =>
  Math.floor((b64.length * 3) / 4) - (b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0);

export const tenureOverrideBody = z.object({
  version: z.number().int().min(1),
  ground: z.enum(TENURE_OVERRIDE_GROUNDS),
  reason: boundedText(TENURE_OVERRIDE_REASON.min, TENURE_OVERRIDE_REASON.max),
  document: z.object({
    fileName: boundedText(1, 200),
    contentBase64: z
      .string()
      .regex(/^[A-Za-z0-9+/]*={0,2}$/)
      .superRefine((b64, ctx) => {
        // The core's own size rule, so the API says DOCUMENT_MAX_BYTES before decoding anything.
        const issue = checkOverrideDocumentSize(decodedLength(b64));
        if (issue) {
          ctx.addIssue({
            code: 'custom',
            message: issue.message.en,
            params: { code: issue.code, rule: issue.rule, messageId: issue.message.id },
          });
        }
      }),
  }),
});

export const tenureOverrideDto = z.object({
  ground: z.enum(TENURE_OVERRIDE_GROUNDS),
  reason: z.string(),
  approvedByUserId: z.number().int().nullable(),
  approvedByName: z.string().nullable(),
  approvedAt: z.string(),
  documentName: z.string(),
  documentSha256: z.string().nullable(),
  documentBytes: z.number().int(),
});
