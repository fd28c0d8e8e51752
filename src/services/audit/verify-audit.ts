import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { type AuditChainCheck, verifyAuditChain } from '../../store/repositories/audit.js';
import { type AppContext, openAppContext } from '../app-context.js';

/** Walks the whole hash chain; the first broken link is reported. */
export async function verifyAudit(ctx: AppContext, principal: Principal): Promise<AuditChainCheck> {
  authorize(principal, 'audit.read', { type: 'instansi', instansiId: principal.instansiId });
  return verifyAuditChain(ctx.db);
}

/** `penata audit verify`: the operator of the machine runs it, so no principal is involved. */
export async function verifyAuditAt(databaseUrl: string): Promise<AuditChainCheck> {
  const ctx = await openAppContext({ databaseUrl });
  try {
    return await verifyAuditChain(ctx.db);
  } finally {
    await ctx.close();
  }
}
