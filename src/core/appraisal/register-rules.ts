import type { FieldIssue } from '../errors.js';
import type { LocalDate } from '../model/local-date.js';
import type { InnovationRole, ParticipationValue } from './records.js';

/**
 * The rules an entry of the innovation register or of a programme's participants must meet, shared
 * by the entry pages, the bulk entry and the imports (which report them per row).
 */

const issue = (field: string, value: unknown, rule: string, id: string, en: string): FieldIssue => ({
  field,
  value,
  code: 'VALIDATION_FAILED',
  rule,
  message: { id, en },
});

/**
 * An innovation's team: each person once, and one of them leads (the lead earns the full points,
 * see the policy's role factors). NIPs are compared as given (normalise them first).
 * @example checkInnovationTeam([{ nip: '1986...', role: 'MEMBER' }])[0]?.rule // 'TEAM_LEAD_REQUIRED'
 */
export function checkInnovationTeam(
  members: readonly { readonly nip: string; readonly role: InnovationRole }[],
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const first = new Map<string, number>();
  members.forEach((m, i) => {
    const seen = first.get(m.nip);
    if (seen === undefined) first.set(m.nip, i);
    else
      issues.push(
        issue(
          `members.${i}.nip`,
          m.nip,
          'MEMBER_DUPLICATE',
          `NIP ${m.nip} tercantum dua kali dalam tim (baris ${seen + 1} dan ${i + 1})`,
          `NIP ${m.nip} is listed twice in the team (lines ${seen + 1} and ${i + 1})`,
        ),
      );
  });
  if (members.length > 0 && !members.some((m) => m.role === 'LEAD')) {
    issues.push(
      issue(
        'members',
        members.length,
        'TEAM_LEAD_REQUIRED',
        'Tim inovasi memerlukan seorang ketua',
        'An innovation team needs a lead',
      ),
    );
  }
  return issues;
}

/** A programme's span as the participation check needs it (an open end runs on). */
export interface ProgramSpan {
  readonly startDate: LocalDate;
  readonly endDate: LocalDate | null;
}

/**
 * A part in a programme starts before it ends and falls within the programme's span; hours are
 * non-negative (the contract bounds them above).
 * @example checkParticipation({ startDate: '2025-12-01', endDate: '2026-03-01', ... },
 *   { startDate: '2026-01-01', endDate: null })[0]?.rule // 'WITHIN_PROGRAM'
 */
export function checkParticipation(
  value: Pick<ParticipationValue, 'startDate' | 'endDate' | 'hours'>,
  program: ProgramSpan,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (value.endDate < value.startDate) {
    issues.push(
      issue(
        'endDate',
        value.endDate,
        'DATE_ORDER',
        'Tanggal selesai sebelum tanggal mulai',
        'The end date is before the start date',
      ),
    );
  }
  const until = program.endDate ?? 'sekarang';
  if (value.startDate < program.startDate) {
    issues.push(
      issue(
        'startDate',
        value.startDate,
        'WITHIN_PROGRAM',
        `Keikutsertaan harus di dalam masa program (${program.startDate} s.d. ${until})`,
        `The participation must fall within the programme (${program.startDate} to ${program.endDate ?? 'now'})`,
      ),
    );
  }
  if (program.endDate !== null && value.endDate > program.endDate) {
    issues.push(
      issue(
        'endDate',
        value.endDate,
        'WITHIN_PROGRAM',
        `Keikutsertaan harus di dalam masa program (${program.startDate} s.d. ${until})`,
        `The participation must fall within the programme (${program.startDate} to ${program.endDate})`,
      ),
    );
  }
  if (!(value.hours >= 0)) {
    issues.push(
      issue(
        'hours',
        value.hours,
        'HOURS_NON_NEGATIVE',
        'Jam tidak boleh negatif',
        'Hours cannot be negative',
      ),
    );
  }
  return issues;
}
