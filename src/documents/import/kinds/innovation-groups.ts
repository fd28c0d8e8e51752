import type { InnovationRole, InnovationStatus } from '../../../core/appraisal/records.js';
import type { LocalDate } from '../../../core/model/local-date.js';
import type { Nip } from '../../../core/model/nip.js';
import { type ImportProblem, problem } from '../problem.js';
import type { EvidenceCell } from './evidence-cell.js';
import type { InnovationField, InnovationRow } from './innovation-rows.js';
import { INNOVATION_COLUMNS } from './innovation-rows.js';

/** One innovation of the file: its cells merged over its rows, and its team in row order. */
export interface InnovationGroup {
  readonly key: string;
  readonly firstRow: number;
  readonly title: string;
  readonly description: string | null;
  readonly unit: string | null;
  readonly status: InnovationStatus | null;
  readonly proposedOn: LocalDate | null;
  readonly implementedOn: LocalDate | null;
  readonly replicatedOn: LocalDate | null;
  readonly awardedOn: LocalDate | null;
  readonly evidence: EvidenceCell | null;
  readonly members: readonly { readonly row: number; readonly nip: Nip; readonly role: InnovationRole }[];
}

const MERGED = [
  'description',
  'unit',
  'status',
  'proposedOn',
  'implementedOn',
  'replicatedOn',
  'awardedOn',
  'evidence',
] as const satisfies readonly InnovationField[];

export const innovationColumnLabel = (field: InnovationField): string =>
  INNOVATION_COLUMNS.find((c) => c.field === field)?.label ?? field;

/** The title as the file's rows are tied by it: case and spacing do not matter. */
export const innovationKey = (title: string): string => title.trim().toUpperCase().replace(/\s+/g, ' ');

type Mutable = { -readonly [K in keyof InnovationGroup]: InnovationGroup[K] };

const blank = (key: string, r: InnovationRow): Mutable => ({
  key,
  firstRow: r.row,
  title: r.title,
  description: null,
  unit: null,
  status: null,
  proposedOn: null,
  implementedOn: null,
  replicatedOn: null,
  awardedOn: null,
  evidence: null,
  members: [],
});

const shown = (v: unknown) =>
  v !== null && typeof v === 'object' ? (v as EvidenceCell).reference : String(v);

/**
 * Ties the rows of one innovation together by title. A cell may be left blank on the later rows
 * of an innovation (it is taken from the row that fills it); two rows that fill it differently
 * are a problem at the later row, since the file cannot say which one is meant.
 * @example groupInnovationRows([leadRow, memberRowWithBlankCells]).groups[0].members.length // 2
 */
export function groupInnovationRows(rows: readonly InnovationRow[]): {
  groups: InnovationGroup[];
  problems: ImportProblem[];
} {
  const problems: ImportProblem[] = [];
  const groups = new Map<string, Mutable>();
  for (const r of rows) {
    const key = innovationKey(r.title);
    const group = groups.get(key) ?? blank(key, r);
    groups.set(key, group);
    for (const field of MERGED) {
      const value = r[field];
      if (value === null) continue;
      const current = group[field];
      if (current === null) (group as Record<string, unknown>)[field] = value;
      else if (shown(current) !== shown(value)) {
        problems.push(
          problem(
            { row: r.row, column: innovationColumnLabel(field) },
            'INNOVATION_ROWS_DIFFER',
            shown(value),
            `Inovasi "${r.title}": ${innovationColumnLabel(field)} "${shown(value)}" berbeda dari baris ${group.firstRow} ("${shown(current)}")`,
            `Innovation "${r.title}": ${innovationColumnLabel(field)} "${shown(value)}" differs from row ${group.firstRow} ("${shown(current)}")`,
          ),
        );
      }
    }
    group.members = [...group.members, { row: r.row, nip: r.nip, role: r.role }];
  }
  return { groups: [...groups.values()], problems };
}
