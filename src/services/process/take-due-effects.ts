import { DomainError } from '../../core/errors.js';
import type { LocalDate } from '../../core/model/local-date.js';
import type { Principal } from '../../core/policies/roles.js';
import { listProposals } from '../../store/repositories/process-proposals.js';
import type { AppContext } from '../app-context.js';
import { takeEffect } from './take-effect.js';

export interface DueEffectResult {
  readonly number: string;
  readonly outcome: 'EFFECTIVE' | 'REFUSED';
  readonly code?: string;
  readonly message?: string;
}

/**
 * `penata proposal take-effect --date`: tries every announced proposal on the date. Each one is its
 * own transaction, so one refusal (window still open, objection pending, TMT not reached, a person
 * moved meanwhile) leaves the others to go ahead, and is reported with its code.
 */
export async function takeDueEffects(
  ctx: AppContext,
  principal: Principal,
  date: LocalDate,
): Promise<DueEffectResult[]> {
  const announced = await listProposals(ctx.db, principal.instansiId, { states: ['ANNOUNCED'] });
  const out: DueEffectResult[] = [];
  for (const p of announced.reverse()) {
    try {
      await takeEffect(ctx, principal, { proposalId: p.id, version: p.version, date }, { ip: 'cli' });
      out.push({ number: p.number, outcome: 'EFFECTIVE' });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      out.push({ number: p.number, outcome: 'REFUSED', code: error.code, message: error.messages.en });
    }
  }
  return out;
}
