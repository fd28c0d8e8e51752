import type { SessionUser } from '../../contract/auth.js';
import { ACTIONS } from '../../core/policies/actions.js';
import { can } from '../../core/policies/policy.js';
import type { SignedInUser } from '../../services/auth/resolve-session.js';

/** The signed-in user for the web app, with the instansi-wide actions it may offer. */
export function presentSessionUser(user: SignedInUser): SessionUser {
  const p = user.principal;
  const instansi = { type: 'instansi', instansiId: p.instansiId } as const;
  return {
    id: p.userId,
    username: user.username,
    displayName: user.displayName,
    role: p.role,
    instansiId: p.instansiId,
    instansiName: user.instansiName,
    timeZone: user.timeZone,
    today: user.today,
    employeeId: p.role === 'EMPLOYEE' ? p.employeeId : null,
    employeeNip: user.employeeNip,
    unitIds: p.role === 'OPD_HEAD' ? [...p.unitIds] : [],
    actions: ACTIONS.filter((a) => can(p, a, instansi)),
  };
}
