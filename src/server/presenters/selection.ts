import type { PositionSelectionsDto, SelectionDto } from '../../contract/selection.js';
import { isQualified, shortlistOf } from '../../core/selection/selection-model.js';
import type { PostSelectionsView, SelectionView } from '../../services/selection/selection-view.js';

export function presentSelection(v: SelectionView): SelectionDto {
  const s = v.selection;
  const chosen = s.result ? s.candidates.find((c) => c.employeeId === s.result!.employeeId) : undefined;
  return {
    id: s.id,
    positionId: s.positionId,
    positionName: v.post.position.name,
    positionKind: v.post.position.grade.kind,
    unitName: v.post.unitName,
    kind: s.kind,
    status: s.status,
    committee: s.committee.map((m) => ({ name: m.name, role: m.role })),
    stages: s.stages.map((x) => ({ stage: x.stage, status: x.status, date: x.date })),
    candidates: s.candidates.map((c) => ({
      employeeId: c.employeeId,
      nip: c.nip,
      name: c.name,
      administrative: c.administrative,
      pasal107: c.pasal107
        ? {
            status: c.pasal107.status,
            checkedOn: c.pasal107.checkedOn,
            results: c.pasal107.results.map((r) => ({
              code: r.code,
              status: r.status,
              message: { ...r.message },
            })),
          }
        : null,
      qualified: isQualified(c),
      shortlistRank: c.shortlistRank,
    })),
    shortlist: shortlistOf(s).map((c) => ({ rank: c.shortlistRank ?? 0, nip: c.nip, name: c.name })),
    shortlistReason: s.shortlistReason,
    result:
      s.result && chosen
        ? {
            nip: chosen.nip,
            name: chosen.name,
            decidedOn: s.result.decidedOn,
            decreeNumber: s.result.decreeNumber,
          }
        : null,
    version: s.version,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    actions: [...v.actions],
    steps: [...v.steps],
  };
}

export function presentPostSelections(v: PostSelectionsView): PositionSelectionsDto {
  return {
    position: {
      id: v.post.position.id,
      name: v.post.position.name,
      kind: v.post.position.grade.kind,
      unitName: v.post.unitName,
    },
    items: v.selections.map(presentSelection),
    actions: [...v.actions],
    canOpen: v.canOpen,
  };
}
