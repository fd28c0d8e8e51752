import type { ScheduleCheckDto } from '../../api/use-proposal-drafts';
import type { Language } from '../../i18n';

export interface FieldFeedback {
  /** For the field's `validateStatus`: a BLOCK is an error, a WARN a warning, all PASS nothing. */
  readonly status: 'error' | 'warning' | undefined;
  /** The BLOCK and WARN messages about the field, worst first, in the UI language. */
  readonly messages: readonly string[];
  /** The PASS messages: why the value is fine. */
  readonly passed: readonly string[];
}

const RANK = { BLOCK: 0, WARN: 1, PASS: 2 } as const;

/**
 * What the server's checks of a round and TMT say about one field, for showing under that field.
 * The verdicts come from the core through the API; the web only sorts and words them.
 * @example fieldFeedback(checks, 'tmt', 'id') // { status: 'error', messages: ['TMT paling cepat ...'], passed: [] }
 */
export function fieldFeedback(
  checks: readonly ScheduleCheckDto[] | undefined,
  field: ScheduleCheckDto['field'],
  lng: Language,
): FieldFeedback {
  const mine = (checks ?? [])
    .filter((c) => c.field === field)
    .sort((a, b) => RANK[a.status] - RANK[b.status]);
  const problems = mine.filter((c) => c.status !== 'PASS');
  const worst = problems[0]?.status;
  return {
    status: worst === 'BLOCK' ? 'error' : worst === 'WARN' ? 'warning' : undefined,
    messages: problems.map((c) => c.message[lng]),
    passed: mine.filter((c) => c.status === 'PASS').map((c) => c.message[lng]),
  };
}

/** Whether any check refuses the values: the form does not submit what the server would refuse. */
export const hasBlock = (checks: readonly ScheduleCheckDto[] | undefined): boolean =>
  (checks ?? []).some((c) => c.status === 'BLOCK');
