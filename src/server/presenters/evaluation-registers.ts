import type { AppraisalPolicy, PolicyVersion } from '../../core/appraisal/policy.js';
import type { GovernmentProgram, Innovation, Participation } from '../../core/appraisal/stored-records.js';
import type { Action } from '../../core/policies/actions.js';

export function presentInnovation(i: Innovation & { actions?: Action[] }) {
  return {
    id: i.id,
    unitId: i.unitId,
    unitName: i.unitName,
    title: i.title,
    description: i.description,
    status: i.status,
    proposedOn: i.proposedOn,
    implementedOn: i.implementedOn,
    replicatedOn: i.replicatedOn,
    awardedOn: i.awardedOn,
    evidence: { ...i.evidence },
    members: i.members.map((m) => ({ ...m })),
    version: i.version,
    ...(i.actions ? { actions: i.actions } : {}),
  };
}

export function presentInnovationDetail(i: Innovation & { actions: Action[] }) {
  return { ...presentInnovation(i), actions: i.actions };
}

export function presentProgramDetail(d: {
  program: GovernmentProgram;
  participants: readonly Participation[];
  actions: Action[];
}) {
  return {
    program: { ...d.program },
    participants: d.participants.map((p) => ({ ...p, evidence: { ...p.evidence } })),
    actions: d.actions,
  };
}

/** A deep copy with mutable arrays, as the response schema types it. */
function copyPolicy(p: AppraisalPolicy) {
  return {
    ...p,
    talentPool: { ...p.talentPool, boxes: [...p.talentPool.boxes] },
    distribution: Object.fromEntries(
      Object.entries(p.distribution).map(([grade, rules]) => [
        grade,
        rules.map((r) => ({ ...r, predikats: [...r.predikats] })),
      ]),
    ) as {
      [K in keyof AppraisalPolicy['distribution']]: {
        predikats: AppraisalPolicy['distribution'][K][number]['predikats'][number][];
        minShare?: number;
        maxShare?: number;
        minCount?: number;
      }[];
    },
  };
}

export function presentPolicyVersion(v: PolicyVersion) {
  return { ...v, policy: copyPolicy(v.policy) };
}

export function presentPolicy(r: {
  current: PolicyVersion;
  history: readonly PolicyVersion[];
  actions: Action[];
}) {
  return {
    current: presentPolicyVersion(r.current),
    history: r.history.map(presentPolicyVersion),
    actions: r.actions,
  };
}
