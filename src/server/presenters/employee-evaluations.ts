import type { EvidenceKind } from '../../core/appraisal/records.js';
import type { getEmployeeEvaluations } from '../../services/evaluation/get-employee-evaluations.js';
import { presentPeriod, presentResult } from './evaluation.js';

type History = Awaited<ReturnType<typeof getEmployeeEvaluations>>;

const revision = (r: {
  revision: number;
  mode: 'ENTRY' | 'CORRECTION';
  source: 'FORM' | 'IMPORT' | 'DEMO';
  reason: string | null;
  recordedByUserId: number | null;
  recordedAt: string;
  evidence: { kind: EvidenceKind; reference: string };
}) => ({
  revision: r.revision,
  mode: r.mode,
  source: r.source,
  reason: r.reason,
  recordedByUserId: r.recordedByUserId,
  recordedAt: r.recordedAt,
  evidence: { ...r.evidence },
});

/** A person's evaluations with every version of every record and the trajectory. */
export function presentEmployeeEvaluations(h: History) {
  return {
    employee: { id: h.employee.id, nip: h.employee.nip, name: h.employee.name },
    evaluations: h.evaluations.map((e) => ({
      period: presentPeriod(e.period),
      current: e.current
        ? {
            live: e.current.live,
            revision: e.current.revision,
            result: presentResult(e.current.result, e.current.policy),
          }
        : null,
      skp: e.skp.map((r) => ({
        ...revision(r),
        hasilKerja: r.hasilKerja,
        perilakuKerja: r.perilakuKerja,
        predikat: r.predikat,
        rulesVersion: r.rulesVersion,
        evaluatorNip: r.evaluatorNip,
      })),
      attendance: e.attendance.map((r) => ({
        ...revision(r),
        workingDays: r.workingDays,
        unexcusedDays: r.unexcusedDays,
        lateCount: r.lateCount,
      })),
      results: e.results.map((r) => ({
        revision: r.revision,
        policyVersion: r.policyVersion,
        predikat: r.result.predikat,
        index: r.result.index,
        box: r.result.box,
        reason: r.reason,
        computedByUserId: r.computedByUserId,
        computedAt: r.computedAt,
      })),
    })),
    trajectory: h.trajectory.map((t) => ({ ...t })),
    actions: h.actions,
  };
}
