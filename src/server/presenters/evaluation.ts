import type { EntryReportDto, PeriodDto } from '../../contract/evaluation.js';
import type { EvaluationResultDto } from '../../contract/evaluation-results.js';
import type { EntryProblem } from '../../core/appraisal/entries.js';
import type { EvaluationResult } from '../../core/appraisal/evaluate-person.js';
import { explainIndex, explainPotential } from '../../core/appraisal/explain.js';
import { BOX_LABELS } from '../../core/appraisal/nine-box.js';
import type { EvaluationPeriod } from '../../core/appraisal/period.js';
import type { PolicyVersion } from '../../core/appraisal/policy.js';
import { PREDIKAT_LABELS } from '../../core/appraisal/ratings.js';
import type { EntryReport } from '../../services/evaluation/commit-entries.js';

export const INDEX_LABEL = {
  id: 'Indeks kinerja lokal (bukan predikat resmi SKP)',
  en: 'Local performance index (not the statutory SKP predikat)',
};

export function presentPeriod(p: EvaluationPeriod): PeriodDto {
  return {
    id: p.id,
    code: p.code,
    kind: p.kind,
    year: p.year,
    sequence: p.sequence,
    startDate: p.startDate,
    endDate: p.endDate,
    status: p.status,
    policyVersion: p.policyVersion,
    closedAt: p.closedAt,
    closedByUserId: p.closedByUserId,
    version: p.version,
  };
}

/** The statutory predikat apart, the local index labelled non-statutory with its breakdown. */
export function presentResult(result: EvaluationResult, policy: PolicyVersion): EvaluationResultDto {
  const index = explainIndex(result, policy.policy);
  return {
    statutory: {
      hasilKerja: result.hasilKerja,
      perilakuKerja: result.perilakuKerja,
      predikat: result.predikat,
      predikatLabel: PREDIKAT_LABELS[result.predikat],
      rulesVersion: result.predikatRulesVersion,
    },
    index: {
      value: index.index,
      statutory: false,
      label: INDEX_LABEL,
      policyVersion: policy.version,
      breakdown: index.breakdown.map((b) => ({ ...b })),
    },
    disciplinePenaltyInForce: result.disciplinePenalty,
    potential: {
      status: result.potential.status,
      score: result.potential.score,
      level: result.potential.level,
      assessedOn: result.potential.assessedOn,
      breakdown: explainPotential(result, policy.policy),
    },
    performanceLevel: result.performanceLevel,
    box: result.box,
    boxLabel: result.box ? BOX_LABELS[result.box].name : null,
    talentPool: { member: result.pool.member, exclusion: result.pool.exclusion },
  };
}

export function presentProblem(p: EntryProblem) {
  return {
    row: p.row,
    section: p.section,
    column: p.column,
    ...(p.value !== undefined ? { value: p.value } : {}),
    code: p.code,
    rule: p.rule,
    messages: p.message,
    severity: p.severity,
  };
}

export function presentReport(r: EntryReport): EntryReportDto {
  return {
    committed: r.committed,
    dryRun: r.dryRun,
    rows: r.rows,
    validRows: r.validRows,
    counts: { ...r.counts },
    periods: [...r.periods],
    problems: r.problems.map(presentProblem),
  };
}
