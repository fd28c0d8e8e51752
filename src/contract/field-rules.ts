import { z } from 'zod';
import type { FieldIssue, Result } from '../core/errors.js';
import { parseGolongan } from '../core/model/golongan.js';
import { type LocalDate, parseLocalDate } from '../core/model/local-date.js';
import { type Nip, parseNip } from '../core/model/nip.js';

/**
 * Zod fields that validate with the core's own rules, so the API refuses bad input with the same
 * code, rule and bilingual message as every other entry point (imports, CLI). The issue travels in
 * `params` and the server's error handler turns it into the response body.
 */
function fromCore<T>(check: (raw: unknown) => Result<T, FieldIssue>) {
  return (raw: unknown, ctx: z.RefinementCtx): T => {
    const r = check(raw);
    if (r.ok) return r.value;
    ctx.addIssue({
      code: 'custom',
      message: r.error.message.en,
      params: { code: r.error.code, rule: r.error.rule, messageId: r.error.message.id },
    });
    return z.NEVER;
  };
}

/**
 * Structure of a NIP (18 digits, real birth date, TMT month or a PPPK cohort code); the service
 * re-checks against today and the employment type.
 */
export const nipField = z
  .union([z.string(), z.number()])
  .transform(fromCore((raw) => parseNip(raw, { asOf: '9999-12-31' as LocalDate })))
  .transform((r) => r.nip as Nip);

export const localDateField = z.string().transform(fromCore((raw) => parseLocalDate(String(raw))));

export const golonganField = z
  .union([z.string(), z.number()])
  .transform(fromCore((raw) => parseGolongan(raw)));
