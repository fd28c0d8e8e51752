import type { AppraisalPolicy, PolicyVersion } from '../../core/appraisal/policy.js';
import type { GovernmentProgram, Innovation, Participation } from '../../core/appraisal/stored-records.js';
import type { Action } from '../../core/policies/actions.js';
import type { PeriodEffect } from '../../services/evaluation/register-effects.js';
import type { EvidenceView } from '../../services/evaluation/register-evidence.js';

type Viewed<T> = Omit<T, 'evidence'> & { readonly evidence: EvidenceView };

const evidenceOf = (e: EvidenceView) => ({
  kind: e.kind,
  reference: e.reference,
  file: e.file ? { ...e.file } : null,
});
const effectsOf = (effects: readonly PeriodEffect[]) => effects.map((e) => ({ ...e }));

export function presentInnovation(i: Viewed<Innovation>) {
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
    evidence: evidenceOf(i.evidence),
    members: i.members.map((m) => ({ ...m })),
    version: i.version,
  };
}

export function presentInnovationDetail(
  i: Viewed<Innovation> & {
    effects: readonly { employeeId: number; nip: string; name: string; periods: readonly PeriodEffect[] }[];
    actions: Action[];
  },
) {
  return {
    ...presentInnovation(i),
    effects: i.effects.map((e) => ({ ...e, periods: effectsOf(e.periods) })),
    actions: i.actions,
  };
}

function presentParticipant(p: Viewed<Participation> & { effects: readonly PeriodEffect[] }) {
  return {
    id: p.id,
    employeeId: p.employeeId,
    nip: p.nip,
    name: p.name,
    role: p.role,
    startDate: p.startDate,
    endDate: p.endDate,
    hours: p.hours,
    outcome: p.outcome,
    evidence: evidenceOf(p.evidence),
    effects: effectsOf(p.effects),
    version: p.version,
  };
}

export function presentProgramDetail(d: {
  program: GovernmentProgram;
  participants: readonly (Viewed<Participation> & { effects: readonly PeriodEffect[] })[];
  actions: Action[];
}) {
  return {
    program: { ...d.program },
    participants: d.participants.map(presentParticipant),
    actions: d.actions,
  };
}

export function presentPersonRegisters(r: {
  employee: { id: number; nip: string; name: string };
  innovations: readonly (Viewed<Innovation> & {
    role: Innovation['members'][number]['role'];
    effects: readonly PeriodEffect[];
  })[];
  participations: readonly (Viewed<Participation> & {
    programCode: string;
    programName: string;
    effects: readonly PeriodEffect[];
  })[];
  actions: Action[];
}) {
  return {
    employee: { ...r.employee },
    innovations: r.innovations.map((i) => ({
      ...presentInnovation(i),
      role: i.role,
      effects: effectsOf(i.effects),
    })),
    participations: r.participations.map((p) => ({
      ...presentParticipant(p),
      programId: p.programId,
      programCode: p.programCode,
      programName: p.programName,
    })),
    actions: r.actions,
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
