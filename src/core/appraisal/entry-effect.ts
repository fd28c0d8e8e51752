import { evaluatePerson, type PersonInputs } from './evaluate-person.js';
import { type InnovationShare, innovationComponent, programComponent } from './index-components.js';
import type { PeriodSpan } from './period.js';
import type { AppraisalPolicy } from './policy.js';
import type { ParticipationValue } from './records.js';

/** One entry of the registers as the index sees it: a share in an innovation or a programme part. */
export type RegisterEntry =
  | { readonly kind: 'INNOVATION'; readonly share: InnovationShare }
  | { readonly kind: 'PROGRAM'; readonly participation: ParticipationValue };

/** What the registers hold for one person (all their shares, the entry included or not). */
export type RegisterShares = Pick<PersonInputs, 'innovations' | 'participations'>;

/**
 * How one entry changes one person's evaluation of one period: the component it feeds (0-100) and,
 * when the person is rated in the period (an SKP rating exists), the local index, each without and
 * with the entry. `counts` is false when the entry earns nothing in the period (outside it, or its
 * credit has run out), so a screen can say so instead of showing a zero change.
 */
export interface EntryEffect {
  readonly component: 'INNOVATION' | 'PROGRAM';
  readonly counts: boolean;
  readonly componentWithout: number;
  readonly componentWith: number;
  /** Null when the person has no SKP rating in the period (the index needs one). */
  readonly indexWithout: number | null;
  readonly indexWith: number | null;
}

type Period = Pick<PeriodSpan, 'kind' | 'startDate' | 'endDate'>;

// The fields the index reads: two entries equal on them contribute exactly the same.
const SHARE_KEYS = ['role', 'proposedOn', 'implementedOn', 'replicatedOn', 'awardedOn'] as const;
const PART_KEYS = ['role', 'outcome', 'hours', 'startDate', 'endDate'] as const;

/** The list without one copy of `item` (compared on the fields the index reads). */
function withoutOne<T>(list: readonly T[], item: T, keys: readonly (keyof T)[]): T[] {
  const at = list.findIndex((x) => keys.every((k) => x[k] === item[k]));
  return at < 0 ? [...list] : [...list.slice(0, at), ...list.slice(at + 1)];
}

function sharesWith(shares: RegisterShares, entry: RegisterEntry, include: boolean): RegisterShares {
  if (entry.kind === 'INNOVATION') {
    const rest = withoutOne(shares.innovations, entry.share, SHARE_KEYS);
    return { innovations: include ? [...rest, entry.share] : rest, participations: shares.participations };
  }
  const rest = withoutOne(shares.participations, entry.participation, PART_KEYS);
  return { innovations: shares.innovations, participations: include ? [...rest, entry.participation] : rest };
}

function componentOf(entry: RegisterEntry, shares: RegisterShares, period: Period, policy: AppraisalPolicy) {
  return entry.kind === 'INNOVATION'
    ? innovationComponent(shares.innovations, period, policy).score!
    : programComponent(shares.participations, period, policy).score!;
}

/**
 * The effect of one register entry on one person's period, computed by the same functions as the
 * period's results (so a screen never computes it). `rated` is the person's full inputs when they
 * have an SKP rating in the period, else null; `shares` are their register shares (the entry may or
 * may not be among them: one equal copy is taken out for "without" and put back for "with").
 * @example entryEffect({ kind: 'INNOVATION', share: { role: 'LEAD', proposedOn: '2026-02-01',
 *   implementedOn: '2026-06-15', replicatedOn: null, awardedOn: null } },
 *   { innovations: [], participations: [] }, null, tw3, DEFAULT_APPRAISAL_POLICY)
 *   // { component: 'INNOVATION', counts: true, componentWithout: 0, componentWith: 50, indexWithout: null, ... }
 */
export function entryEffect(
  entry: RegisterEntry,
  shares: RegisterShares,
  rated: PersonInputs | null,
  period: Period,
  policy: AppraisalPolicy,
): EntryEffect {
  const without = sharesWith(shares, entry, false);
  const withEntry = sharesWith(shares, entry, true);
  const alone = sharesWith({ innovations: [], participations: [] }, entry, true);
  const index = (s: RegisterShares): number | null =>
    rated ? evaluatePerson({ ...rated, ...s }, period, policy).index : null;
  return {
    component: entry.kind,
    counts: componentOf(entry, alone, period, policy) > 0,
    componentWithout: componentOf(entry, without, period, policy),
    componentWith: componentOf(entry, withEntry, period, policy),
    indexWithout: index(without),
    indexWith: index(withEntry),
  };
}

/**
 * Whether an innovation earns credit in a period under the policy: the status it had reached at
 * the period's end is recent enough (the register's "per period" filter uses it).
 * @example innovationCountsIn({ proposedOn: '2026-02-01', implementedOn: null, replicatedOn: null,
 *   awardedOn: null }, { kind: 'TRIWULAN', startDate: '2026-07-01', endDate: '2026-09-30' }, policy) // true
 */
export function innovationCountsIn(
  dates: Omit<InnovationShare, 'role'>,
  period: Period,
  policy: AppraisalPolicy,
): boolean {
  return innovationComponent([{ ...dates, role: 'LEAD' }], period, policy).score! > 0;
}

/** Whether a span of dates overlaps a period (a participation, or a programme's open-ended span). */
export function overlapsPeriod(
  span: { readonly startDate: string; readonly endDate: string | null },
  period: Pick<PeriodSpan, 'startDate' | 'endDate'>,
): boolean {
  return span.startDate <= period.endDate && (span.endDate === null || span.endDate >= period.startDate);
}
