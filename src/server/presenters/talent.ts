import type { TalentGridDto } from '../../contract/evaluation-results.js';
import { BOX_LABELS, NINE_BOXES } from '../../core/appraisal/nine-box.js';
import type { PersonResult } from '../../services/evaluation/period-results.js';
import type { getTalentGrid } from '../../services/talent/get-talent-grid.js';
import type { getTalentPool } from '../../services/talent/get-talent-pool.js';
import { presentPeriod } from './evaluation.js';

export function presentTalentPerson(p: PersonResult) {
  return {
    employeeId: p.employeeId,
    nip: p.nip,
    name: p.name,
    unitId: p.unitId,
    predikat: p.result.predikat,
    index: p.result.index,
    potentialScore: p.result.potential.score,
    potentialLevel: p.result.potential.level,
    performanceLevel: p.result.performanceLevel,
    box: p.result.box,
    poolMember: p.result.pool.member,
    poolExclusion: p.result.pool.exclusion,
  };
}

export function presentTalentGrid(g: Awaited<ReturnType<typeof getTalentGrid>>): TalentGridDto {
  return {
    period: presentPeriod(g.period),
    policyVersion: g.policyVersion,
    live: g.live,
    talentPoolBoxes: [...g.talentPoolBoxes],
    counts: {
      population: g.counts.population,
      placed: g.counts.placed,
      boxes: NINE_BOXES.map((box) => ({ box, count: g.counts.boxes[box], label: BOX_LABELS[box].name })),
      unplaced: { ...g.counts.unplaced },
    },
    members: g.members
      ? [...g.members].map(([box, people]) => ({ box, people: people.map(presentTalentPerson) }))
      : null,
    distribution: g.distribution.map((d) => ({
      unitId: d.unitId,
      unitName: d.unitName,
      grade: d.grade,
      gradeRecorded: d.gradeRecorded,
      total: d.total,
      counts: { ...d.counts },
      warnings: d.warnings.map((w) => ({
        kind: w.kind,
        count: w.count,
        total: w.total,
        share: w.share,
        messages: w.message,
      })),
    })),
  };
}

export function presentTalentPool(p: Awaited<ReturnType<typeof getTalentPool>>) {
  return {
    period: presentPeriod(p.period),
    policyVersion: p.policyVersion,
    live: p.live,
    boxes: [...p.boxes],
    members: p.members.map(presentTalentPerson),
    excluded: p.excluded.map(presentTalentPerson),
  };
}
