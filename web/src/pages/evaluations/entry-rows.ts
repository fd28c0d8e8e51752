import {
  attendanceChanged,
  checkRow,
  draftOf,
  hasProblems,
  type RosterPerson,
  type RowDraft,
  type RowProblems,
  skpChanged,
} from './row-rules';
import type { ChangedRow } from './save-records';

/** One grid row: the person, what the server has, what the user typed and what is wrong with it. */
export interface EntryRow {
  readonly person: RosterPerson;
  readonly base: RowDraft;
  readonly draft: RowDraft;
  readonly problems: RowProblems;
  readonly dirty: boolean;
}

/** The grid's rows: each person's saved values overlaid with the user's draft, checked. */
export function buildRows(
  people: readonly RosterPerson[],
  drafts: ReadonlyMap<number, RowDraft>,
  period: { readonly startDate: string; readonly endDate: string },
): EntryRow[] {
  return people.map((person) => {
    const base = draftOf(person);
    const draft = drafts.get(person.employeeId) ?? base;
    return {
      person,
      base,
      draft,
      problems: checkRow(draft, base, period),
      dirty: skpChanged(draft, base) || attendanceChanged(draft, base),
    };
  });
}

/** The evidence reference the server accepts: 3 to 200 characters once trimmed. */
export function evidenceValid(reference: string): boolean {
  const length = reference.trim().length;
  return length >= 3 && length <= 200;
}

/** The rows that would be saved, and those among them that the rules still reject. */
export function dirtyAndInvalid(rows: readonly EntryRow[]) {
  const dirty = rows.filter((r) => r.dirty);
  return { dirty, invalid: dirty.filter((r) => hasProblems(r.problems)) };
}

/** A changed row as the save mapping needs it. */
export function toChangedRow(row: EntryRow): ChangedRow {
  return { employeeId: row.person.employeeId, nip: row.person.nip, draft: row.draft, base: row.base };
}
