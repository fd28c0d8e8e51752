import type { StepPermission } from '../../core/workflow/board-session-permissions.js';
import type { BoardSessionView } from '../../services/process/board-view.js';

const permission = (p: StepPermission) =>
  p.allowed
    ? { allowed: true, rule: null, messages: null }
    : { allowed: false, rule: p.rule, messages: p.message };

export function presentBoardSession(v: BoardSessionView) {
  const s = v.session;
  return {
    id: s.id,
    number: s.number,
    heldOn: s.heldOn,
    place: s.place,
    version: s.version,
    minutesSha256: s.minutesSha256,
    members: v.members.map((m) => ({
      id: m.id,
      userId: m.userId,
      name: m.name,
      nip: m.nip,
      positionTitle: m.positionTitle,
      role: m.role,
      present: m.present,
      declared: m.declared,
      conflicts: m.conflicts,
    })),
    candidates: v.candidates.map((c) => ({
      itemId: c.id,
      proposalId: c.proposalId,
      proposalNumber: c.proposalNumber,
      proposalState: c.proposalState,
      nip: c.nip,
      employeeName: c.employeeName,
      golongan: c.golongan,
      fromPositionName: c.fromPositionName,
      fromUnitName: c.fromUnitName,
      toPositionName: c.toPositionName,
      toUnitName: c.toUnitName,
      toOpdId: c.toOpdId,
      toOpdName: c.toOpdName,
      moveType: c.moveType,
      open: c.open,
      decision: c.decision,
      notes: c.notes,
      blocked: c.blocked,
      undeclaredMemberIds: [...c.undeclaredMemberIds],
      conflictMemberIds: [...c.conflictMemberIds],
    })),
    conflicts: s.conflicts
      .filter((c) => c.hasConflict)
      .map((c) => ({ memberId: c.memberId, itemId: c.itemId, statement: c.statement })),
    me: v.me ? { memberId: v.me.id, role: v.me.role, present: v.me.present } : null,
    permissions: {
      attendance: permission(v.permissions.attendance),
      declare: permission(v.permissions.declare),
      decide: permission(v.permissions.decide),
      minutes: permission(v.permissions.minutes),
    },
    actions: [...v.actions],
  };
}
