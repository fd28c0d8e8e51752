import type { LocalDate } from '../../core/model/local-date.js';
import type { Principal } from '../../core/policies/roles.js';
import { getEmployeeNip } from '../../store/repositories/employees.js';
import { getInstansiById } from '../../store/repositories/instansi.js';
import { unitSubtreeIds } from '../../store/repositories/units.js';
import { deleteSession, findSession, getUserById } from '../../store/repositories/users.js';
import { type AppContext, timeZoneOf, today } from '../app-context.js';
import { hashToken } from './sign-in.js';

export interface SignedInUser {
  readonly principal: Principal;
  readonly username: string;
  readonly displayName: string;
  readonly instansiName: string;
  readonly employeeNip: string | null;
  /** The instansi's time zone and today's date there: the web's default for every date it proposes. */
  readonly timeZone: string;
  readonly today: LocalDate;
}

/**
 * Turns a session token into the signed-in user, or null when the session is unknown, expired or
 * the account was deactivated. An OPD head's scope is expanded here to every unit under their OPDs.
 */
export async function resolveSession(
  ctx: AppContext,
  token: string | undefined,
): Promise<SignedInUser | null> {
  if (!token) return null;
  const session = await findSession(ctx.db, hashToken(token), ctx.now().toISOString());
  if (!session) return null;
  const user = await getUserById(ctx.db, session.userId);
  if (!user?.active) return null;
  const instansi = await getInstansiById(ctx.db, user.instansiId);
  if (instansi) ctx.timeZones?.set(instansi.id, instansi.timeZone);
  const base = { userId: user.id, instansiId: user.instansiId };
  let principal: Principal;
  if (user.role === 'OPD_HEAD') {
    const ids = new Set<number>();
    for (const unitId of user.unitIds)
      for (const id of await unitSubtreeIds(ctx.db, user.instansiId, unitId)) ids.add(id);
    principal = { ...base, role: 'OPD_HEAD', unitIds: [...ids] };
  } else if (user.role === 'EMPLOYEE') {
    // Note: an employee account without a linked employee record can see nothing personal.
    principal = { ...base, role: 'EMPLOYEE', employeeId: user.employeeId ?? -1 };
  } else {
    principal = { ...base, role: user.role };
  }
  return {
    principal,
    username: user.username,
    displayName: user.displayName,
    instansiName: instansi?.name ?? '',
    timeZone: timeZoneOf(ctx, user.instansiId),
    today: today(ctx, user.instansiId),
    employeeNip: user.employeeId ? await getEmployeeNip(ctx.db, user.instansiId, user.employeeId) : null,
  };
}

export async function signOut(ctx: AppContext, token: string | undefined): Promise<void> {
  if (token) await deleteSession(ctx.db, hashToken(token));
}
