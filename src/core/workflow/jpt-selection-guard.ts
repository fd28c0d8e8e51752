import type { LocalizedMessage } from '../errors.js';
import type { PositionKind } from '../model/position.js';
import { isJptKind, type SelectionStatus } from '../selection/selection-model.js';

/**
 * A JPT post is filled only through a selection (DOMAIN.md 15.3; PP 11/2017 Pasal 108-121): a move
 * into one gets its SK only when a completed selection for that post names that person as the PPK's
 * choice. Before the SK the same facts are a warning on the proposal, so verification and the board
 * see it early.
 */

/** A move of a proposal with the kind of its target post. */
export interface MoveIntoPost {
  readonly itemId: number;
  readonly employeeId: number;
  readonly nip: string;
  readonly employeeName: string;
  readonly toPositionId: number;
  readonly toPositionName: string;
  readonly toPositionKind: PositionKind;
}

/** A selection of a post, as the guard needs it. */
export interface PostSelection {
  readonly selectionId: number;
  readonly positionId: number;
  readonly status: SelectionStatus;
  /** The person the PPK chose (null while in progress). */
  readonly chosenEmployeeId: number | null;
}

/**
 * The selection standing of a move into a JPT post: COMPLETED (a completed selection names the
 * person), IN_PROGRESS (a selection of the post is under way), OTHER_CHOSEN (the completed selection
 * chose someone else), NONE (no selection of the post).
 */
export const JPT_SELECTION_STATES = ['COMPLETED', 'IN_PROGRESS', 'OTHER_CHOSEN', 'NONE'] as const;
export type JptSelectionState = (typeof JPT_SELECTION_STATES)[number];

export interface MoveSelection {
  readonly itemId: number;
  readonly positionId: number;
  readonly state: JptSelectionState;
  /** The selection the state is about (the completed one naming the person, else the latest). */
  readonly selectionId: number | null;
}

/**
 * The selection standing of each move into a JPT post; moves into other posts are left out.
 * @example
 *   jptSelectionOfMoves([kadisMove], [{ selectionId: 4, positionId: 102, status: 'COMPLETED', chosenEmployeeId: 7 }])
 *   // [{ itemId: 1, positionId: 102, state: 'COMPLETED', selectionId: 4 }] when kadisMove moves employee 7
 */
export function jptSelectionOfMoves(
  moves: readonly MoveIntoPost[],
  selections: readonly PostSelection[],
): MoveSelection[] {
  const out: MoveSelection[] = [];
  for (const m of moves) {
    if (!isJptKind(m.toPositionKind)) continue;
    const ofPost = selections
      .filter((s) => s.positionId === m.toPositionId)
      .sort((a, b) => b.selectionId - a.selectionId);
    const naming = ofPost.find((s) => s.status === 'COMPLETED' && s.chosenEmployeeId === m.employeeId);
    const running = ofPost.find((s) => s.status === 'IN_PROGRESS');
    const [state, selection]: [JptSelectionState, PostSelection | undefined] = naming
      ? ['COMPLETED', naming]
      : running
        ? ['IN_PROGRESS', running]
        : ofPost.length > 0
          ? ['OTHER_CHOSEN', ofPost[0]]
          : ['NONE', undefined];
    out.push({
      itemId: m.itemId,
      positionId: m.toPositionId,
      state,
      selectionId: selection?.selectionId ?? null,
    });
  }
  return out;
}

export interface JptSelectionRefusal {
  readonly code: 'WORKFLOW_JPT_SELECTION_MISSING';
  readonly message: LocalizedMessage;
  /** The moves without a completed selection naming their person. */
  readonly itemIds: readonly number[];
}

/**
 * Refuses the SK while any move into a JPT post lacks a completed selection naming its person; the
 * message names each post and person.
 * @example jptSelectionRefusal([kadisMove], [])?.message.en
 *   // 'No completed JPT selection names Budi (NIP 1985...) for Kepala Dinas Sosial (...)'
 */
export function jptSelectionRefusal(
  moves: readonly MoveIntoPost[],
  selections: readonly PostSelection[],
): JptSelectionRefusal | null {
  const missing = jptSelectionOfMoves(moves, selections).filter((s) => s.state !== 'COMPLETED');
  if (missing.length === 0) return null;
  const byItem = new Map(moves.map((m) => [m.itemId, m]));
  const named = missing.map((s) => ({ s, m: byItem.get(s.itemId)! }));
  return {
    code: 'WORKFLOW_JPT_SELECTION_MISSING',
    itemIds: missing.map((s) => s.itemId),
    message: {
      id: `Jabatan pimpinan tinggi diisi melalui seleksi (PP 11/2017 Pasal 108-121); belum ada seleksi selesai yang menetapkan: ${named
        .map(
          ({ m, s }) => `${m.employeeName} (NIP ${m.nip}) untuk ${m.toPositionName} (${STATE_ID[s.state]})`,
        )
        .join('; ')}`,
      en: `JPT posts are filled through a selection (PP 11/2017 Pasal 108-121); no completed selection names: ${named
        .map(({ m, s }) => `${m.employeeName} (NIP ${m.nip}) for ${m.toPositionName} (${STATE_EN[s.state]})`)
        .join('; ')}`,
    },
  };
}

const STATE_ID: Record<JptSelectionState, string> = {
  COMPLETED: 'seleksi selesai',
  IN_PROGRESS: 'seleksi masih berjalan',
  OTHER_CHOSEN: 'PPK memilih orang lain',
  NONE: 'belum ada seleksi',
};
const STATE_EN: Record<JptSelectionState, string> = {
  COMPLETED: 'selection completed',
  IN_PROGRESS: 'selection still in progress',
  OTHER_CHOSEN: 'the PPK chose someone else',
  NONE: 'no selection',
};
