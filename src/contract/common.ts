import { z } from 'zod';
import { ACTIONS } from '../core/policies/actions.js';

export const localizedMessage = z.object({ id: z.string(), en: z.string() });

/** Every error response: a stable code, the field and value it is about, and both messages. */
export const errorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    messages: localizedMessage,
    field: z.string().optional(),
    value: z.unknown().optional(),
    rule: z.string().optional(),
    issues: z
      .array(
        z.object({
          field: z.string(),
          code: z.string(),
          rule: z.string(),
          messages: localizedMessage,
          value: z.unknown().optional(),
        }),
      )
      .optional(),
    requestId: z.string().optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponse>;

export const actionList = z.array(z.enum(ACTIONS));

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
  order: z.enum(['asc', 'desc']).default('asc'),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    actions: actionList,
  });
}

/** Query strings repeat a key or join values with commas; both become an array. */
export const listParam = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) => (v === undefined || v === '' ? undefined : Array.isArray(v) ? v : String(v).split(',')),
    z.array(item).optional(),
  );

export const idParam = z.object({ id: z.coerce.number().int().positive() });
