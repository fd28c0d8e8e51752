import type { ElectionWindow } from '../../core/eligibility/moves-and-windows.js';
import { DomainError } from '../../core/errors.js';
import type { LocalDate } from '../../core/model/local-date.js';
import { blockingChecks, checkSchedule, type ScheduleCheck } from '../../core/workflow/schedule-checks.js';
import { type AppContext, today } from '../app-context.js';
import { loadElectionSettings } from '../matching/election-settings.js';
import { loadProcessSettings } from './process-settings.js';

/** What the round and TMT of a proposal are checked against: today, the objection window, the windows. */
export interface ScheduleContext {
  readonly today: LocalDate;
  readonly objectionWindowDays: number;
  readonly electionWindows: readonly ElectionWindow[];
}

/** Today at the instansi, its objection window (process settings) and its election windows. */
export async function loadScheduleContext(ctx: AppContext, instansiId: number): Promise<ScheduleContext> {
  const [settings, election] = await Promise.all([
    loadProcessSettings(ctx, instansiId),
    loadElectionSettings(ctx, instansiId),
  ]);
  return {
    today: today(ctx, instansiId),
    objectionWindowDays: settings.objectionWindowDays,
    electionWindows: election.electionWindows,
  };
}

/** The core's checks of a round and TMT in this context. */
export const scheduleChecks = (
  s: ScheduleContext,
  values: { round: string; tmt: LocalDate; planAsOf?: LocalDate | null },
): ScheduleCheck[] => checkSchedule({ ...s, ...values });

/**
 * Refuses a round or TMT the core blocks with a 400 naming the field (`round`, `tmt`) and the rule,
 * one issue per blocking check, so the form puts each message under its field.
 */
export function assertSchedule(checks: readonly ScheduleCheck[]): void {
  const blocks = blockingChecks(checks);
  const first = blocks[0];
  if (!first) return;
  throw new DomainError('VALIDATION_FAILED', first.message, {
    field: first.field,
    rule: first.code,
    issues: blocks.map((c) => ({
      field: c.field,
      code: 'VALIDATION_FAILED' as const,
      rule: c.code,
      message: c.message,
    })),
  });
}
