import { DomainError } from '../../core/errors.js';
import type { LocalDate } from '../../core/model/local-date.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { type DecreeNumbering, decreeTemplateProblems } from '../../core/workflow/decree-number.js';
import { type DecreeSignatory, signatoryProblems } from '../../core/workflow/decree-signatory.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { setSetting } from '../../store/repositories/settings.js';
import { type AppContext, today } from '../app-context.js';
import { actorId } from './apply-transition.js';
import {
  DECREE_NUMBERING_SETTING,
  loadProcessSettings,
  OBJECTION_WINDOW_SETTING,
  SIGNATORY_SETTING,
} from './process-settings.js';
import { type ProcessSettingsView, viewOf } from './process-settings-view.js';

export interface ProcessSettingsInput {
  readonly objectionWindowDays: number;
  readonly numbering: DecreeNumbering;
  /** Null leaves the signatory unset (the pre-issue check then reports it). */
  readonly skSignatory: DecreeSignatory | null;
  readonly excerptSigner: DecreeSignatory | null;
}

/**
 * Refuses a signatory the SK could not carry: a missing title or name, no NIP where the signature
 * block shows one (a.n. signatures, the petikan), or a NIP the core rules refuse (400, every field).
 */
function assertSignatories(input: ProcessSettingsInput, asOf: LocalDate): void {
  const issues = (['skSignatory', 'excerptSigner'] as const).flatMap((role) =>
    input[role] === null ? [] : signatoryProblems(role, input[role], asOf),
  );
  const first = issues[0];
  if (!first) return;
  throw new DomainError('VALIDATION_FAILED', first.message, {
    field: first.field,
    value: first.value,
    rule: `SIGNATORY_${first.rule}`,
    issues: issues.map((i) => ({
      field: i.field,
      value: i.value,
      code: 'VALIDATION_FAILED' as const,
      rule: `SIGNATORY_${i.rule}`,
      message: i.message,
    })),
  });
}

/**
 * Replaces the process settings of the caller's instansi (head of BKPSDM only). A numbering
 * template without `{seq}` or `{yyyy}`, or with an unknown token, is refused naming the problem:
 * numbers must stay unique per year; a signatory the SK could not carry is refused naming the field.
 * The three settings and the audit entry (before and after)
 * are written in one transaction; SKs already issued keep their numbers.
 */
export async function saveProcessSettings(
  ctx: AppContext,
  principal: Principal,
  input: ProcessSettingsInput,
  meta: { ip: string | null },
): Promise<ProcessSettingsView> {
  authorize(principal, 'process.settings.update', { type: 'instansi', instansiId: principal.instansiId });
  const problems = decreeTemplateProblems(input.numbering.template);
  if (problems.length > 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      {
        id: `Pola nomor SK harus memuat {seq} dan {yyyy} dan hanya token yang dikenal (${problems.join(', ')})`,
        en: `The SK number pattern must contain {seq} and {yyyy} and only known tokens (${problems.join(', ')})`,
      },
      { field: 'numbering.template', value: input.numbering.template, rule: problems[0]! },
    );
  }
  assertSignatories(input, today(ctx, principal.instansiId));
  const before = await loadProcessSettings(ctx, principal.instansiId);
  const after = { ...before, ...input };
  await ctx.db.transaction().execute(async (trx) => {
    await setSetting(trx, principal.instansiId, OBJECTION_WINDOW_SETTING, input.objectionWindowDays);
    await setSetting(trx, principal.instansiId, DECREE_NUMBERING_SETTING, input.numbering);
    await setSetting(trx, principal.instansiId, SIGNATORY_SETTING, {
      sk: input.skSignatory,
      excerpt: input.excerptSigner,
    });
    await appendAudit(trx, {
      instansiId: principal.instansiId,
      actorUserId: actorId(principal),
      actorIp: meta.ip,
      action: 'process.settings.update',
      entityType: 'process_settings',
      entityId: principal.instansiId,
      before: settingsRecord(before),
      after: settingsRecord(after),
      occurredAt: ctx.now(),
    });
  });
  return viewOf(ctx, principal, after);
}

const settingsRecord = (s: ProcessSettingsInput) => ({
  objectionWindowDays: s.objectionWindowDays,
  numbering: s.numbering,
  skSignatory: s.skSignatory,
  excerptSigner: s.excerptSigner,
});
