import type { ProposalDetailDto } from '../../contract/process-proposals.js';
import type { Proposal, TenureOverrideRecord } from '../../core/workflow/proposal-model.js';
import type { ProposalSummary } from '../../services/process/list-proposals.js';
import type { ProposalView } from '../../services/process/proposal-view.js';

function core(p: Proposal) {
  return {
    id: p.id,
    number: p.number,
    title: p.title,
    round: p.round,
    state: p.state,
    tmt: p.tmt,
    planId: p.planId,
    createdByUserId: p.createdByUserId,
    announcedOn: p.announcedOn,
    objectionWindowDays: p.objectionWindowDays,
    version: p.version,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

function presentOverride(o: TenureOverrideRecord | undefined) {
  if (!o) return null;
  return {
    ground: o.ground,
    reason: o.reason,
    approvedByUserId: o.approvedByUserId,
    approvedByName: o.approvedByName,
    approvedAt: o.approvedAt,
    documentName: o.documentName,
    documentSha256: o.documentSha256,
    documentBytes: o.documentBytes,
  };
}

export function presentProposalSummary(s: ProposalSummary) {
  return { ...core(s.proposal), itemCount: s.itemCount, transitions: [...s.transitions] };
}

export function presentProposal(v: ProposalView): ProposalDetailDto {
  const latest = new Map(v.decisions.map((d) => [d.itemId, d]));
  const jptOf = new Map(v.jptSelections.map((j) => [j.itemId, j]));
  const overrideOf = new Map(v.overrides.map((o) => [o.itemId, o]));
  return {
    ...core(v.proposal),
    planSummary: v.proposal.planSummary,
    items: v.items.map((i) => ({
      id: i.id,
      nip: i.nip,
      employeeName: i.employeeName,
      golongan: i.golongan,
      fromPositionId: i.fromPositionId,
      fromPositionName: i.fromPositionName,
      fromUnitName: i.fromUnitName,
      toPositionId: i.toPositionId,
      toPositionName: i.toPositionName,
      toUnitName: i.toUnitName,
      moveType: i.moveType,
      isPromotion: i.isPromotion,
      isDemotion: i.isDemotion,
      reason: i.reason,
      legalGround: i.legalGround,
      explanation: i.explanation,
      eligibility: i.eligibility ? { ...i.eligibility } : null,
      tenureOverride: presentOverride(overrideOf.get(i.id)),
      boardDecision: latest.get(i.id)?.decision ?? null,
      boardNotes: latest.get(i.id)?.notes ?? null,
      jptSelection: jptOf.has(i.id)
        ? { state: jptOf.get(i.id)!.state, selectionId: jptOf.get(i.id)!.selectionId }
        : null,
    })),
    history: v.history.map((h) => ({
      transition: h.transition,
      fromState: h.fromState,
      toState: h.toState,
      actorUserId: h.actorUserId,
      actorRole: h.actorRole,
      actorName: h.actorName ?? null,
      reason: h.reason,
      occurredAt: h.occurredAt,
    })),
    decree: v.decree
      ? {
          number: v.decree.number,
          decreeDate: v.decree.decreeDate,
          tmt: v.decree.tmt,
          signatoryName: v.decree.signatoryName,
          signatoryTitle: v.decree.signatoryRole,
          signatoryNip: v.decree.signatoryNip,
          signing: v.decree.signing ? { ...v.decree.signing } : null,
          pdfSha256: v.decree.pdfSha256,
          excerpts: v.decree.excerpts.map((e) => ({ itemId: e.itemId, pdfSha256: e.pdfSha256 })),
        }
      : null,
    objections: v.objections.map((o) => ({
      id: o.id,
      employeeId: o.employeeId,
      text: o.text,
      receivedOn: o.receivedOn,
      decision: o.decision,
      decisionReason: o.decisionReason,
      decidedOn: o.decidedOn,
      version: o.version,
    })),
    mendagriApprovals: v.approvals.map((a) => ({
      letterNo: a.letterNo,
      letterDate: a.letterDate,
      subject: a.subject,
      coveredNips: [...a.coveredNips],
    })),
    actions: [...v.actions],
    transitions: [...v.transitions],
    blockedTransitions: v.blockedTransitions.map((b) => ({ ...b })),
  };
}
