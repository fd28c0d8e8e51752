import { z } from 'zod';
import { isMajorCode, MAJOR_CODES, type MajorCode } from '../core/model/majors.js';
import { LICENCE_KINDS, PROFESSIONS } from '../core/model/profession.js';
import { localDateField } from './field-rules.js';

/**
 * Request and response fields of the regulated professions (DOMAIN.md 15.1): a post's profession
 * and qualifying majors, and the licences people hold.
 */

/** Largest id the database's integer columns hold: larger ids are a 400, never a driver error. */
const MAX_ROW_ID = 2_147_483_647;

/** A custom issue the error handler turns into a 400 naming the field, the rule and both messages. */
function issue(ctx: z.RefinementCtx, rule: string, id: string, en: string, path?: (string | number)[]) {
  ctx.addIssue({
    code: 'custom',
    message: en,
    ...(path ? { path } : {}),
    params: { code: 'VALIDATION_FAILED', rule, messageId: id },
  });
}

/**
 * A major code, checked with the core's catalogue (`isMajorCode`).
 * @example majorCodeField.parse('PENDIDIKAN_MATEMATIKA') // 'PENDIDIKAN_MATEMATIKA'
 */
export const majorCodeField = z.string().transform((raw, ctx): MajorCode => {
  if (isMajorCode(raw)) return raw;
  issue(
    ctx,
    'MAJOR_CODE',
    `Program studi "${raw}" tidak dikenal: gunakan kode program studi, mis. PENDIDIKAN_MATEMATIKA`,
    `Unknown study programme "${raw}": use a major code, e.g. PENDIDIKAN_MATEMATIKA`,
  );
  return z.NEVER;
});

/** A post's qualifying majors in a request, at most 20; empty: any programme of the fields. */
export const majorsInput = z.array(majorCodeField).max(20).default([]);

/** The same in a response (responses never transform). */
export const majorsOutput = z.array(z.enum(MAJOR_CODES));

export const professionField = z.enum(PROFESSIONS);

/** Whether a licence is valid on the day the response was made (the service decides, with the core). */
export const LICENCE_STATUSES = ['VALID', 'EXPIRED', 'NOT_YET_VALID'] as const;

export const licenceDto = z.object({
  id: z.number().int(),
  kind: z.enum(LICENCE_KINDS),
  number: z.string(),
  profession: professionField,
  issuedOn: z.string().nullable(),
  /** Null: no end date (an STR is valid for life). */
  validUntil: z.string().nullable(),
  status: z.enum(LICENCE_STATUSES),
});
export type LicenceDto = z.infer<typeof licenceDto>;

/**
 * A licence to add to an employee. The number is what the certificate prints: 1-64 characters,
 * no control characters (PostgreSQL refuses NUL in text). The end date may not precede the issue
 * date; no end date means valid for life.
 */
export const addLicenceBody = z
  .object({
    kind: z.enum(LICENCE_KINDS),
    number: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .superRefine((s, ctx) => {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses.
        if (/[\u0000-\u001f\u007f]/.test(s))
          issue(
            ctx,
            'NO_CONTROL_CHARACTERS',
            'Nomor lisensi tidak boleh memuat karakter kendali',
            'The licence number must not contain control characters',
          );
      }),
    profession: professionField,
    issuedOn: localDateField.nullable().optional(),
    validUntil: localDateField.nullable().optional(),
  })
  .superRefine((b, ctx) => {
    if (b.issuedOn && b.validUntil && b.validUntil < b.issuedOn)
      issue(
        ctx,
        'NOT_BEFORE_ISSUED',
        'Tanggal berlaku sampai tidak boleh sebelum tanggal terbit',
        'validUntil must not be before issuedOn',
        ['validUntil'],
      );
  });
export type AddLicenceBody = z.infer<typeof addLicenceBody>;

export const licenceParam = z.object({
  nip: z.string(),
  licenceId: z.coerce.number().int().positive().max(MAX_ROW_ID),
});
