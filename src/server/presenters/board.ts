import type { BoardSessionView } from '../../services/process/board-view.js';

export function presentBoardSession(v: BoardSessionView) {
  const s = v.session;
  const decided = new Map(s.decisions.map((d) => [d.itemId, d]));
  return {
    id: s.id,
    number: s.number,
    heldOn: s.heldOn,
    place: s.place,
    version: s.version,
    minutesSha256: s.minutesSha256,
    members: s.members.map((m) => ({
      id: m.id,
      name: m.name,
      positionTitle: m.positionTitle,
      role: m.role,
      present: m.present,
    })),
    candidates: v.candidates.map((c) => ({
      itemId: c.id,
      proposalId: c.proposalId,
      proposalNumber: c.proposalNumber,
      proposalState: c.proposalState,
      nip: c.nip,
      employeeName: c.employeeName,
      fromPositionName: c.fromPositionName,
      toPositionName: c.toPositionName,
      toUnitName: c.toUnitName,
      decision: decided.get(c.id)?.decision ?? null,
      notes: decided.get(c.id)?.notes ?? null,
    })),
    conflicts: s.conflicts.map((c) => ({ ...c })),
    actions: [...v.actions],
  };
}
