import { DomainError } from '../../core/errors.js';
import { isTimeZone } from '../../core/model/local-date.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { getInstansiById, updateInstansiTimeZone } from '../../store/repositories/instansi.js';
import { type AppContext, timeZoneOf } from '../app-context.js';
import { actorId } from '../process/apply-transition.js';

/**
 * Sets the time zone the instansi works in (WIB `Asia/Jakarta`, WITA `Asia/Makassar`, WIT
 * `Asia/Jayapura`): from then on "today" for its SKs, announcements, objection windows and
 * take-effects is the date there. Head of BKPSDM, like the other process settings.
 */
export async function setInstansiTimeZone(
  ctx: AppContext,
  principal: Principal,
  timeZone: string,
  meta: { ip: string | null },
): Promise<{ instansiId: number; timeZone: string }> {
  authorize(principal, 'process.settings.update', { type: 'instansi', instansiId: principal.instansiId });
  if (!isTimeZone(timeZone)) {
    throw new DomainError(
      'VALIDATION_FAILED',
      {
        id: `Zona waktu "${timeZone}" tidak dikenal: gunakan nama IANA, mis. Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)`,
        en: `Unknown time zone "${timeZone}": use an IANA name, e.g. Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)`,
      },
      { field: 'timeZone', value: timeZone, rule: 'IANA_TIME_ZONE' },
    );
  }
  const before = timeZoneOf(ctx, principal.instansiId);
  await ctx.db.transaction().execute(async (trx) => {
    const instansi = await getInstansiById(trx, principal.instansiId);
    await updateInstansiTimeZone(trx, principal.instansiId, timeZone);
    await appendAudit(trx, {
      instansiId: principal.instansiId,
      actorUserId: actorId(principal),
      actorIp: meta.ip,
      action: 'instansi.time-zone',
      entityType: 'instansi',
      entityId: instansi?.code ?? String(principal.instansiId),
      before: { timeZone: instansi?.timeZone ?? before },
      after: { timeZone },
      occurredAt: ctx.now(),
    });
  });
  ctx.timeZones?.set(principal.instansiId, timeZone);
  return { instansiId: principal.instansiId, timeZone };
}
