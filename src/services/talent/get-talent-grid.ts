import { checkDistribution, type DistributionWarning } from '../../core/appraisal/distribution-check.js';
import type { NineBox, OrganisationGrade } from '../../core/appraisal/policy.js';
import { PREDIKATS, type Predikat } from '../../core/appraisal/ratings.js';
import { type GridCounts, gridCounts } from '../../core/appraisal/talent-grid.js';
import type { Principal } from '../../core/policies/roles.js';
import { unitGrades } from '../../store/repositories/evaluation-unit-grades.js';
import { unitRoots } from '../../store/repositories/talent-units.js';
import type { AppContext } from '../app-context.js';
import type { PersonResult } from '../evaluation/period-results.js';
import { scopedResults, type TalentQuery } from './talent-scope.js';

export interface OpdDistribution {
  readonly unitId: number;
  readonly unitName: string;
  readonly grade: OrganisationGrade;
  /** False when no grade was recorded for the period and the policy's default applies. */
  readonly gradeRecorded: boolean;
  readonly counts: Readonly<Record<Predikat, number>>;
  readonly total: number;
  readonly warnings: readonly DistributionWarning[];
}

/**
 * The talent grid (9-box, PermenPANRB 3/2020) of a period: people per box, adding up to the
 * evaluated population together with those not placed (no valid competency assessment), the
 * members of each box on request, and the distribution-curve check per OPD (DOMAIN.md 5.3) as
 * warnings.
 */
export async function getTalentGrid(
  ctx: AppContext,
  principal: Principal,
  query: TalentQuery & { readonly members?: boolean | undefined },
) {
  const scoped = await scopedResults(ctx, principal, query);
  const counts: GridCounts = gridCounts(
    scoped.people.map((p) => ({ box: p.result.box, potentialStatus: p.result.potential.status })),
  );
  const members = query.members ? membersByBox(scoped.people) : null;
  return {
    period: scoped.period,
    policyVersion: scoped.policy.version,
    live: scoped.live,
    talentPoolBoxes: scoped.policy.policy.talentPool.boxes,
    counts,
    members,
    distribution: await distribution(ctx, principal.instansiId, scoped),
  };
}

function membersByBox(people: readonly PersonResult[]) {
  const boxes = new Map<NineBox | null, PersonResult[]>();
  for (const p of people) {
    const list = boxes.get(p.result.box) ?? [];
    list.push(p);
    boxes.set(p.result.box, list);
  }
  for (const list of boxes.values())
    list.sort((a, b) => b.result.index - a.result.index || a.name.localeCompare(b.name));
  return boxes;
}

async function distribution(
  ctx: AppContext,
  instansiId: number,
  scoped: Awaited<ReturnType<typeof scopedResults>>,
): Promise<OpdDistribution[]> {
  const [roots, grades] = await Promise.all([
    unitRoots(ctx.db, instansiId),
    unitGrades(ctx.db, instansiId, scoped.period.id),
  ]);
  const byOpd = new Map<number, { name: string; counts: Record<Predikat, number> }>();
  for (const p of scoped.people) {
    const root = p.unitId === null ? undefined : roots.get(p.unitId);
    if (!root) continue;
    const entry =
      byOpd.get(root.id) ??
      ({ name: root.name, counts: Object.fromEntries(PREDIKATS.map((k) => [k, 0])) } as {
        name: string;
        counts: Record<Predikat, number>;
      });
    entry.counts[p.result.predikat]++;
    byOpd.set(root.id, entry);
  }
  const policy = scoped.policy.policy;
  return [...byOpd]
    .map(([unitId, { name, counts }]) => {
      const recorded = grades.get(unitId);
      const grade = recorded ?? policy.defaultOrganisationGrade;
      return {
        unitId,
        unitName: name,
        grade,
        gradeRecorded: recorded !== undefined,
        counts,
        total: Object.values(counts).reduce((s, n) => s + n, 0),
        warnings: checkDistribution(grade, counts, policy),
      };
    })
    .sort((a, b) => a.unitName.localeCompare(b.unitName));
}
