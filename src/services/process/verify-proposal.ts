import { evaluatePair } from '../../core/eligibility/index.js';
import type { LocalDate } from '../../core/model/local-date.js';
import type { Principal } from '../../core/policies/roles.js';
import { ELECTION_RULE_CODES } from '../../core/workflow/election-guard.js';
import type { StoredEligibility } from '../../core/workflow/proposal-model.js';
import { listItems, setItemEligibility } from '../../store/repositories/process-items.js';
import { type AppContext, today } from '../app-context.js';
import { applyTransition, type TransitionInput } from './apply-transition.js';
import { loadMoveFacts, pairsOn } from './process-world.js';
import type { ProposalView } from './proposal-view.js';

/**
 * Verification by the head of BKPSDM: every move's eligibility is re-checked on the verification
 * date and stored on the item; a blocking rule refuses the transition (WORKFLOW_ELIGIBILITY_BLOCKED)
 * and nothing is stored. The election-period rules are left to the SK (issue-decree), where the
 * Minister's approval is checked against the SK date.
 */
export async function verifyProposal(
  ctx: AppContext,
  principal: Principal,
  input: TransitionInput,
  meta: { ip: string | null },
): Promise<ProposalView> {
  const asOf = today(ctx);
  const results = new Map<number, StoredEligibility>();
  return applyTransition(ctx, principal, 'verify', input, meta, {
    asOf,
    facts: async (proposal) => {
      const items = await listItems(ctx.db, [proposal.id]);
      const blockedNips = await checkItems(ctx, proposal.instansiId, items, asOf, results);
      return { blockedNips };
    },
    write: async (trx) => {
      for (const [itemId, e] of results) await setItemEligibility(trx, itemId, e);
      return { eligibility: [...results.values()].map((e) => e.status) };
    },
  });
}

async function checkItems(
  ctx: AppContext,
  instansiId: number,
  items: Awaited<ReturnType<typeof listItems>>,
  asOf: LocalDate,
  out: Map<number, StoredEligibility>,
): Promise<string[]> {
  const { facts, eligibility } = await loadMoveFacts(ctx, instansiId, items);
  const pairs = pairsOn(facts, asOf);
  const blocked: string[] = [];
  for (const [i, pair] of pairs.entries()) {
    const item = items.find((x) => x.employeeId === facts[i]!.employeeId)!;
    const r = evaluatePair(pair, {
      ...eligibility,
      asOf,
      ...(item.moveType === 'ATAS_PERMINTAAN_SENDIRI' ? { mutationKind: 'SELF_REQUEST' as const } : {}),
    });
    const blocking = r.blocking.filter((b) => !(ELECTION_RULE_CODES as readonly string[]).includes(b.code));
    const status =
      blocking.length > 0 ? 'BLOCKED' : r.warnings.length > 0 ? 'ELIGIBLE_WITH_WARNINGS' : 'ELIGIBLE';
    out.set(item.id, {
      status,
      checkedOn: asOf,
      results: r.results.map((x) => ({ code: x.code, status: x.status, message: x.message })),
    });
    if (blocking.length > 0) blocked.push(item.nip);
  }
  return blocked;
}
