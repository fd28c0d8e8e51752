import { z } from 'zod';
import { pageOf, pageQuery } from './common.js';

export const auditQuery = pageQuery.extend({
  action: z.string().trim().max(80).optional(),
  entityType: z.string().trim().max(40).optional(),
  entityId: z.string().trim().max(80).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});

export const auditEntry = z.object({
  id: z.number().int(),
  occurredAt: z.string(),
  actorUserId: z.number().int().nullable(),
  actorName: z.string().nullable(),
  /** The actor's role code (the UI shows its label); null for the system or a removed account. */
  actorRole: z.string().nullable(),
  actorIp: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEntryDto = z.infer<typeof auditEntry>;

export const auditPage = pageOf(auditEntry);

export const auditVerifyResponse = z.object({
  ok: z.boolean(),
  count: z.number().int().optional(),
  brokenAt: z.number().int().optional(),
  reason: z.string().optional(),
});
