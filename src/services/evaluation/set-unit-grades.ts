import type { OrganisationGrade } from '../../core/appraisal/policy.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { setUnitGrades, unitGrades } from '../../store/repositories/evaluation-unit-grades.js';
import { unitRoots } from '../../store/repositories/talent-units.js';
import type { AppContext } from '../app-context.js';
import { actorId, type CallMeta, instansiResource, requirePeriod, throwIssues } from './evaluation-access.js';

/**
 * Records the organisation grade (*capaian kinerja organisasi*) of OPDs for a period; it sets which
 * distribution curve their staff's ratings are checked against (DOMAIN.md 5.3). Only top-level units.
 */
export async function setOrganisationGrades(
  ctx: AppContext,
  principal: Principal,
  periodId: number,
  grades: readonly { readonly unitId: number; readonly grade: OrganisationGrade }[],
  meta: CallMeta,
) {
  const period = await requirePeriod(ctx, principal, periodId);
  authorize(principal, 'evaluation.period.manage', instansiResource(principal));
  const roots = await unitRoots(ctx.db, principal.instansiId);
  const bad = grades.flatMap((g, i) =>
    roots.get(g.unitId)?.id === g.unitId
      ? []
      : [
          {
            field: `grades.${i}.unitId`,
            value: g.unitId,
            code: 'UNIT_INVALID' as const,
            rule: 'OPD_REQUIRED',
            message: {
              id: `Unit ${g.unitId} bukan perangkat daerah (OPD) pada instansi ini`,
              en: `Unit ${g.unitId} is not an OPD of this instansi`,
            },
          },
        ],
  );
  if (bad.length > 0) throwIssues(bad);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await unitGrades(trx, principal.instansiId, period.id);
    await setUnitGrades(trx, principal.instansiId, period.id, grades);
    await appendAudit(trx, {
      instansiId: principal.instansiId,
      actorUserId: actorId(principal),
      actorIp: meta.ip,
      action: 'evaluation.unit_grades.set',
      entityType: 'evaluation_period',
      entityId: period.code,
      before: Object.fromEntries(grades.map((g) => [g.unitId, before.get(g.unitId) ?? null])),
      after: Object.fromEntries(grades.map((g) => [g.unitId, g.grade])),
    });
  });
  const after = await unitGrades(ctx.db, principal.instansiId, period.id);
  return { periodId: period.id, grades: [...after].map(([unitId, grade]) => ({ unitId, grade })) };
}
