import type { BoardDecision } from './board-rules.js';

/**
 * What the berita acara of a session says, summarised: a plan-sized agenda (150 candidates) is
 * recorded as counts per proposal and per kind of move, the candidates that differ from "agreed"
 * listed in full with their reasons, the conflicts of interest by name, and the members present who
 * declared none. The agreed candidates are those of the proposals named, less the exceptions; the
 * proposals list them one by one.
 */

export interface MinutesCandidate {
  /** Identifies the candidate in the declarations (the NIP in the document). */
  readonly key: string;
  /** The proposal it comes from, e.g. `USL-2026-0007`. */
  readonly proposalRef: string;
  /** The kind of move, as printed (e.g. `Antar-OPD`); null when not known. */
  readonly moveKind: string | null;
  readonly decision: BoardDecision;
  readonly notes: string | null;
}

export interface MinutesDeclaration {
  readonly memberKey: string;
  readonly candidateKey: string | null;
  readonly hasConflict: boolean;
}

export interface DecisionCounts {
  readonly candidates: number;
  readonly agreed: number;
  readonly disagreed: number;
  readonly deferred: number;
}

export interface MinutesSummary {
  readonly totals: DecisionCounts;
  readonly byProposal: readonly ({ readonly proposalRef: string } & DecisionCounts)[];
  /** Empty when no candidate has a kind of move. */
  readonly byMoveKind: readonly ({ readonly moveKind: string } & DecisionCounts)[];
  /** Indexes (into the candidates) of the DISAGREE and DEFER decisions, in agenda order. */
  readonly exceptions: readonly number[];
  /** The note most agreed candidates share (the bulk decision's note), or null. */
  readonly agreedNote: string | null;
  /** Indexes of agreed candidates whose note differs from `agreedNote`. */
  readonly agreedWithOwnNote: readonly number[];
  /** Conflicts declared by members present, in the order given. */
  readonly conflicts: readonly { readonly memberKey: string; readonly candidateKey: string }[];
  /** Members present who declared and have no conflict with any candidate, in the order given. */
  readonly declaredNone: readonly string[];
}

const empty = (): { candidates: number; agreed: number; disagreed: number; deferred: number } => ({
  candidates: 0,
  agreed: 0,
  disagreed: 0,
  deferred: 0,
});

const FIELD: Readonly<Record<BoardDecision, 'agreed' | 'disagreed' | 'deferred'>> = {
  AGREE: 'agreed',
  DISAGREE: 'disagreed',
  DEFER: 'deferred',
};

/**
 * Summarises a session's decisions and declarations for its minutes. `presentMembers` lists the
 * members present (their keys, in attendance order); declarations by others are left out.
 * @example summariseBoardMinutes([{ key: 'A', proposalRef: 'USL-1', moveKind: null, decision: 'DEFER',
 *   notes: 'Menunggu uji kompetensi' }], [], []).exceptions // [0]
 */
export function summariseBoardMinutes(
  candidates: readonly MinutesCandidate[],
  declarations: readonly MinutesDeclaration[],
  presentMembers: readonly string[],
): MinutesSummary {
  const totals = empty();
  const byProposal = new Map<string, ReturnType<typeof empty>>();
  const byKind = new Map<string, ReturnType<typeof empty>>();
  const notes = new Map<string, number>();
  candidates.forEach((c) => {
    const groups = [totals, group(byProposal, c.proposalRef)];
    if (c.moveKind) groups.push(group(byKind, c.moveKind));
    for (const g of groups) {
      g.candidates += 1;
      g[FIELD[c.decision]] += 1;
    }
    if (c.decision === 'AGREE' && c.notes) notes.set(c.notes, (notes.get(c.notes) ?? 0) + 1);
  });
  let agreedNote: string | null = null;
  for (const [note, count] of notes)
    if (agreedNote === null || count > notes.get(agreedNote)!) agreedNote = note;
  const indexes = candidates.map((c, i) => ({ c, i }));
  const present = new Set(presentMembers);
  const conflicts = declarations
    .filter((d) => d.hasConflict && d.candidateKey !== null && present.has(d.memberKey))
    .map((d) => ({ memberKey: d.memberKey, candidateKey: d.candidateKey! }));
  const conflicted = new Set(conflicts.map((c) => c.memberKey));
  const declared = new Set(declarations.map((d) => d.memberKey));
  return {
    totals,
    byProposal: [...byProposal].map(([proposalRef, counts]) => ({ proposalRef, ...counts })),
    byMoveKind: [...byKind].map(([moveKind, counts]) => ({ moveKind, ...counts })),
    exceptions: indexes.filter(({ c }) => c.decision !== 'AGREE').map(({ i }) => i),
    agreedNote,
    agreedWithOwnNote: indexes
      .filter(({ c }) => c.decision === 'AGREE' && c.notes !== null && c.notes !== agreedNote)
      .map(({ i }) => i),
    conflicts,
    declaredNone: presentMembers.filter((m) => declared.has(m) && !conflicted.has(m)),
  };
}

function group<K>(map: Map<K, ReturnType<typeof empty>>, key: K): ReturnType<typeof empty> {
  const existing = map.get(key);
  if (existing) return existing;
  const created = empty();
  map.set(key, created);
  return created;
}
