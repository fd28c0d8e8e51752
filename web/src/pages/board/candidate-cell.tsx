import type { BoardCandidate } from '../../api/use-board';
import { formatNip } from '../../lib/format';

/** A candidate as every board table shows them: the name, then the NIP. */
export function CandidateCell({ c }: { c: BoardCandidate }) {
  return (
    <span className="cell-person">
      <span className="cell-person-name">{c.employeeName}</span>
      <span className="nip">{formatNip(c.nip)}</span>
    </span>
  );
}

/** The move in two short lines: from the current post to the target post and unit. */
export function MoveCell({ c }: { c: BoardCandidate }) {
  return (
    <span className="board-move">
      <span className="cell-sub">{c.fromPositionName ?? '-'}</span>
      <span>
        → <strong>{c.toPositionName}</strong>
        <span className="cell-sub">, {c.toUnitName}</span>
      </span>
    </span>
  );
}
