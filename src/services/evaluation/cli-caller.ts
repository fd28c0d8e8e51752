import { DomainError } from '../../core/errors.js';
import type { Principal } from '../../core/policies/roles.js';
import { getInstansiByCode, listInstansi } from '../../store/repositories/instansi.js';
import { unitSubtreeIds } from '../../store/repositories/units.js';
import { findUserByUsername } from '../../store/repositories/users.js';
import { type AppContext, openAppContext } from '../app-context.js';

export interface CliCaller {
  /** Act as this user (their role and scope apply); default: the machine's operator. */
  readonly as?: string | undefined;
  /** Instansi code when the database holds several. */
  readonly instansi?: string | undefined;
}

/**
 * The principal a command acts as. With `--as`, the named active user with their role and scope.
 * Without it, the operator of the machine, who can reach the database anyway: they act as the head
 * of BKPSDM of the (only, or named) instansi, and the audit log records no user and the address `cli`.
 */
export async function cliPrincipal(ctx: AppContext, caller: CliCaller): Promise<Principal> {
  if (caller.as) {
    const user = await findUserByUsername(ctx.db, caller.as);
    // Note: an unknown or deactivated account gets nothing, as it would at sign-in.
    if (!user?.active) {
      throw new DomainError(
        'UNAUTHENTICATED',
        {
          id: `Pengguna ${caller.as} tidak ada atau tidak aktif`,
          en: `User ${caller.as} does not exist or is inactive`,
        },
        { field: 'as', value: caller.as, rule: 'USER_ACTIVE' },
      );
    }
    const base = { userId: user.id, instansiId: user.instansiId };
    if (user.role === 'OPD_HEAD') {
      const ids = new Set<number>();
      for (const unitId of user.unitIds)
        for (const id of await unitSubtreeIds(ctx.db, user.instansiId, unitId)) ids.add(id);
      return { ...base, role: 'OPD_HEAD', unitIds: [...ids] };
    }
    if (user.role === 'EMPLOYEE') return { ...base, role: 'EMPLOYEE', employeeId: user.employeeId ?? -1 };
    return { ...base, role: user.role };
  }
  const all = caller.instansi ? [] : await listInstansi(ctx.db);
  const instansi = caller.instansi
    ? await getInstansiByCode(ctx.db, caller.instansi)
    : all.length === 1
      ? all[0]
      : null;
  if (!instansi) {
    throw new DomainError(
      'VALIDATION_FAILED',
      {
        id: 'Sebutkan instansi dengan --instansi KODE (basis data berisi beberapa instansi atau tidak ada)',
        en: 'Name the instansi with --instansi CODE (the database holds several, or none)',
      },
      { field: 'instansi', value: caller.instansi ?? null, rule: 'INSTANSI_REQUIRED' },
    );
  }
  // Note: user id 0 is the machine operator; actorId() records it as no user.
  return { userId: 0, instansiId: instansi.id, role: 'BKPSDM_HEAD' };
}

/** Opens the database, resolves the caller and runs one use case (for `penata evaluation|talent`). */
export async function runAsCliCaller<T>(
  databaseUrl: string,
  caller: CliCaller,
  work: (ctx: AppContext, principal: Principal) => Promise<T>,
): Promise<T> {
  const ctx = await openAppContext({ databaseUrl });
  try {
    return await work(ctx, await cliPrincipal(ctx, caller));
  } finally {
    await ctx.close();
  }
}
