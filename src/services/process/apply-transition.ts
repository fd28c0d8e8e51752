import type { Transaction } from 'kysely';
import { DomainError } from '../../core/errors.js';
import type { LocalDate } from '../../core/model/local-date.js';
import type { Principal } from '../../core/policies/roles.js';
import {
  decideTransition,
  type ProposalFacts,
  type TransitionRefusal,
} from '../../core/workflow/decide-transition.js';
import type { Proposal } from '../../core/workflow/proposal-model.js';
import type { Transition } from '../../core/workflow/proposal-states.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { decisionsForProposal } from '../../store/repositories/process-board.js';
import { decreeSignedOnByProposal } from '../../store/repositories/process-decree-signings.js';
import { listItems } from '../../store/repositories/process-items.js';
import { listObjections } from '../../store/repositories/process-objections.js';
import { insertTransition } from '../../store/repositories/process-proposals.js';
import { updateWithVersion } from '../../store/repositories/update-with-version.js';
import type { Database } from '../../store/schema.js';
import type { ProposalsTable } from '../../store/schema-process.js';
import { type AppContext, today } from '../app-context.js';
import { loadProcessSettings } from './process-settings.js';
import { baseFacts, buildProposalView, loadProposalFor, type ProposalView } from './proposal-view.js';

export interface TransitionInput {
  readonly proposalId: number;
  /** The version the caller read: a stale one is a 409 and nothing is written. */
  readonly version: number;
  readonly reason?: string | null | undefined;
}

export interface TransitionHooks {
  /** The date the guards measure (default: today). */
  readonly asOf?: LocalDate;
  /** Facts the caller computed (eligibility at verification, the election check at the SK). */
  readonly facts?: (proposal: Proposal, base: ProposalFacts) => Promise<Partial<ProposalFacts>>;
  /** Extra columns of the proposal to set with the new state. */
  readonly changes?: Partial<Pick<ProposalsTable, 'announced_on' | 'objection_window_days'>>;
  /** Writes of the transition, in its transaction; what it returns goes into the audit entry. */
  readonly write?: (trx: Transaction<Database>, proposal: Proposal) => Promise<Record<string, unknown>>;
}

/** Who the audit log and the history name: user id 0 is the machine operator (CLI), recorded as none. */
export const actorId = (p: Principal): number | null => (p.userId > 0 ? p.userId : null);

export function staleVersion(proposal: Proposal, version: number): DomainError {
  return new DomainError(
    'VERSION_CONFLICT',
    {
      id: `Usulan ${proposal.number} telah diubah oleh pengguna lain (versi ${proposal.version}, bukan ${version}); muat ulang lalu ulangi`,
      en: `Proposal ${proposal.number} was changed by someone else (version ${proposal.version}, not ${version}); reload and retry`,
    },
    { field: 'version', value: version, rule: 'OPTIMISTIC_LOCK' },
  );
}

/**
 * A refusal for moves the eligibility rules block: one issue per person and rule, so the response
 * names every NIP with its rule code and message (the first rule is the error's own `rule`).
 */
function blockedError(refusal: TransitionRefusal): DomainError {
  const blocked = refusal.blocked ?? [];
  return new DomainError(refusal.code, refusal.message, {
    field: 'items',
    value: blocked.map((b) => b.nip),
    rule: blocked[0]?.rules[0]?.code ?? refusal.code,
    issues: blocked.flatMap((b) =>
      b.rules.map((r) => ({
        field: 'items',
        value: b.nip,
        code: refusal.code,
        rule: r.code,
        message: r.message,
      })),
    ),
  });
}

/**
 * A refusal by the pre-issue check of the SK: the first finding names the error's field and rule,
 * and every finding is an issue, so the form shows each next to the field it is about.
 */
function findingsError(refusal: TransitionRefusal): DomainError {
  const findings = refusal.findings ?? [];
  const first = findings[0]!;
  return new DomainError(refusal.code, refusal.message, {
    field: first.field,
    value: first.value,
    rule: first.code,
    issues: findings.map((f) => ({
      field: f.field,
      value: f.value,
      code: refusal.code,
      rule: f.code,
      message: f.message,
    })),
  });
}

/**
 * Takes one workflow transition: loads the proposal, checks the version, asks the core whether the
 * caller may take it now (role, own proposal, reason, guards), then in one transaction moves the
 * state with optimistic concurrency, runs the transition's own writes, appends the history row and
 * the audit entry. A refusal is a DomainError with the workflow's code and nothing is written.
 */
export async function applyTransition(
  ctx: AppContext,
  principal: Principal,
  transition: Transition,
  input: TransitionInput,
  meta: { ip: string | null },
  hooks: TransitionHooks = {},
): Promise<ProposalView> {
  const proposal = await loadProposalFor(ctx, principal, input.proposalId);
  if (proposal.version !== input.version) throw staleVersion(proposal, input.version);
  const asOf = hooks.asOf ?? today(ctx, principal.instansiId);
  const [items, decisions, objections, settings, signed] = await Promise.all([
    listItems(ctx.db, [proposal.id]),
    decisionsForProposal(ctx.db, proposal.id),
    listObjections(ctx.db, proposal.id),
    loadProcessSettings(ctx, proposal.instansiId),
    decreeSignedOnByProposal(ctx.db, proposal.instansiId, [proposal.id]),
  ]);
  const base = baseFacts(proposal, items, decisions, objections, signed.get(proposal.id) ?? null);
  const reason = input.reason?.trim() || null;
  // Note: role, own-proposal and stage checks run before any expensive fact is loaded.
  const early = decideTransition(base, {
    transition,
    actor: { userId: principal.userId, role: principal.role },
    reason,
    asOf,
    objectionWindowDays: proposal.objectionWindowDays ?? settings.objectionWindowDays,
  });
  const facts = !early.ok || !hooks.facts ? base : { ...base, ...(await hooks.facts(proposal, base)) };
  const decision =
    !early.ok || !hooks.facts
      ? early
      : decideTransition(facts, {
          transition,
          actor: { userId: principal.userId, role: principal.role },
          reason,
          asOf,
          objectionWindowDays: proposal.objectionWindowDays ?? settings.objectionWindowDays,
        });
  if (!decision.ok) {
    if (decision.refusal.blocked?.length) throw blockedError(decision.refusal);
    if (decision.refusal.findings?.length) throw findingsError(decision.refusal);
    const field = decision.refusal.code === 'WORKFLOW_REASON_REQUIRED' ? 'reason' : 'state';
    throw new DomainError(decision.refusal.code, decision.refusal.message, {
      field,
      value: field === 'reason' ? reason : proposal.state,
      rule: decision.refusal.code,
    });
  }
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await updateWithVersion(trx, 'proposals', proposal.id, input.version, {
      state: decision.to,
      ...hooks.changes,
    });
    const extra = hooks.write ? await hooks.write(trx, proposal) : {};
    await insertTransition(trx, {
      instansiId: proposal.instansiId,
      proposalId: proposal.id,
      transition,
      fromState: proposal.state,
      toState: decision.to,
      actorUserId: actorId(principal),
      actorRole: principal.role,
      reason,
      occurredAt: at,
    });
    await appendAudit(trx, {
      instansiId: proposal.instansiId,
      actorUserId: actorId(principal),
      actorIp: meta.ip,
      action: `proposal.${transition}`,
      entityType: 'proposal',
      entityId: proposal.number,
      before: { state: proposal.state, version: proposal.version },
      after: { state: decision.to, version: proposal.version + 1, reason, role: principal.role, ...extra },
      occurredAt: ctx.now(),
    });
  });
  return buildProposalView(ctx, principal, await loadProposalFor(ctx, principal, proposal.id));
}
