import { golonganLabel } from '../../core/model/golongan.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { workforceStats } from '../../store/repositories/workforce-stats.js';
import { type AppContext, today } from '../app-context.js';
import { pendingWork } from './pending-work.js';

export const NEAR_RETIREMENT_MONTHS = 12;

/**
 * The workforce at a glance for the signed-in user: the whole instansi for BKPSDM, the PPK, the
 * review board and auditors; the user's own units for an OPD head. With what waits for them.
 */
export async function getDashboard(ctx: AppContext, principal: Principal) {
  authorize(principal, 'dashboard.read', { type: 'instansi', instansiId: principal.instansiId });
  const asOf = today(ctx, principal.instansiId);
  const [stats, waiting] = await Promise.all([
    workforceStats(ctx.db, principal.instansiId, {
      asOf,
      retirementWithinMonths: NEAR_RETIREMENT_MONTHS,
      ...(principal.role === 'OPD_HEAD' ? { unitIds: principal.unitIds } : {}),
    }),
    pendingWork(ctx, principal, asOf),
  ]);
  return {
    asOf,
    totalEmployees: stats.totalEmployees,
    byUnit: stats.byUnit.map((u) => ({
      key: u.code ?? 'NONE',
      label: u.name ?? '-',
      unitId: u.unitId ?? 0,
      count: u.count,
    })),
    byGolongan: stats.byGolongan.map((g) => ({
      key: String(g.golongan ?? 'NONE'),
      label: g.golongan !== null ? golonganLabel(g.golongan) : '-',
      count: g.count,
    })),
    byEducationField: stats.byEducationField.map((f) => ({
      key: f.field ?? 'NONE',
      label: f.field ?? '-',
      count: f.count,
    })),
    byPositionKind: stats.byPositionKind.map((k) => ({
      key: k.kind ?? 'NONE',
      label: k.kind ?? '-',
      count: k.count,
    })),
    seats: stats.seats,
    holders: stats.holders,
    vacancies: stats.vacancies,
    fiveYearsInPost: stats.fiveYearsInPost,
    nearRetirement: stats.nearRetirement,
    nearRetirementMonths: NEAR_RETIREMENT_MONTHS,
    pendingWork: waiting,
  };
}
