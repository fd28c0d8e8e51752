import type { InnovationDraft } from '../../core/appraisal/evaluation-drafts.js';
import type { InnovationStatus } from '../../core/appraisal/records.js';
import { type Day, dayOf, fmt } from '../dates.js';
import type { Random } from '../random.js';
import type { DemoIndex } from './demo-index.js';
import { INNOVATION_IDEAS, type InnovationIdea } from './innovation-catalog.js';
import type { Trait } from './ratings.js';

/** Picks `count` distinct people, the better performers more likely (innovators tend to be). */
export function pickPeople(
  rng: Random,
  pool: readonly number[],
  traits: readonly Trait[],
  count: number,
): number[] {
  const chosen = new Set<number>();
  for (let tries = 0; chosen.size < Math.min(count, pool.length) && tries < count * 20; tries++) {
    const sample = Array.from({ length: 8 }, () => rng.pick(pool));
    chosen.add(rng.weighted(sample.map((i) => [i, Math.exp(traits[i]!.performance)] as const)));
  }
  return [...chosen];
}

/**
 * The innovation register: one innovation per hundred employees, each idea of the catalogue once
 * and unit-level ideas (puskesmas, schools, kelurahan) repeated over more units as the city grows.
 * Teams of 2-6 from the unit's OPD, led by one; statuses advance from proposal to implementation,
 * replication and awards over 2022-asOf.
 */
export function demoInnovations(
  rng: Random,
  index: DemoIndex,
  traits: readonly Trait[],
  asOf: Day,
  employees: number,
): InnovationDraft[] {
  const count = Math.max(12, Math.round(employees / 100));
  const plan: { idea: InnovationIdea; unit: { code: string; name: string } | null }[] = [];
  const used = new Set<string>();
  const unitFor = (idea: InnovationIdea) => {
    const free = index.unitsOfKind(idea.unitKind!).filter((u) => !used.has(`${idea.title}|${u.code}`));
    if (free.length === 0) return null;
    const unit = rng.pick(free);
    used.add(`${idea.title}|${unit.code}`);
    return unit;
  };
  for (const idea of INNOVATION_IDEAS) {
    if (plan.length >= count) break;
    plan.push({ idea, unit: idea.unitKind ? unitFor(idea) : null });
  }
  const repeatable = INNOVATION_IDEAS.filter((i) => i.unitKind);
  for (let guard = 0; plan.length < count && guard < count * 4; guard++) {
    const idea = rng.pick(repeatable);
    const unit = unitFor(idea);
    if (unit) plan.push({ idea, unit });
  }

  const earliest = dayOf(2022, 7, 1);
  const out: InnovationDraft[] = [];
  for (const { idea, unit } of plan) {
    if (idea.unitKind && !unit) continue;
    const unitCode = unit?.code ?? idea.root;
    const root = index.rootOf(unitCode);
    const proposed = rng.int(earliest, asOf - 60);
    const inUnit = unit ? index.unitStaffOn(unit.code, proposed) : [];
    const staff = inUnit.length >= 2 ? inUnit : index.staffOn([root], proposed);
    if (staff.length < 2) continue;
    const team = pickPeople(rng, staff, traits, rng.int(2, 6));
    const lead = team.reduce((a, b) => (traits[a]!.performance >= traits[b]!.performance ? a : b));
    const within = (d: Day | null): Day | null => (d !== null && d <= asOf ? d : null);
    const implemented = within(rng.chance(0.75) ? proposed + rng.int(90, 300) : null);
    const replicated = within(
      implemented !== null && rng.chance(0.35) ? implemented + rng.int(180, 420) : null,
    );
    const latest = replicated ?? implemented;
    const awarded = within(latest !== null && rng.chance(0.3) ? latest + rng.int(90, 360) : null);
    const status: InnovationStatus =
      awarded !== null
        ? 'AWARDED'
        : replicated !== null
          ? 'REPLICATED'
          : implemented !== null
            ? 'IMPLEMENTED'
            : 'PROPOSED';
    const year = Number(fmt(awarded ?? latest ?? proposed).slice(0, 4));
    out.push({
      title: idea.title.replace('{unit}', unit?.name ?? ''),
      description: idea.description,
      status,
      unitCode,
      proposedOn: fmt(proposed),
      implementedOn: implemented === null ? null : fmt(implemented),
      replicatedOn: replicated === null ? null : fmt(replicated),
      awardedOn: awarded === null ? null : fmt(awarded),
      evidence: {
        kind: 'DOCUMENT',
        reference:
          status === 'AWARDED'
            ? `Piagam Kompetisi Inovasi Pelayanan Publik ${year}`
            : status === 'PROPOSED'
              ? `Proposal inovasi No. 060/${out.length + 1}/${root}/${year}`
              : `SK Kepala ${root} No. 188.4/${out.length + 1}/${year}`,
      },
      members: team.map((i) => ({ nip: index.employees[i]!.nip, role: i === lead ? 'LEAD' : 'MEMBER' })),
    });
  }
  return out;
}
