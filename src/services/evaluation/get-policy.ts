import type { Action } from '../../core/policies/actions.js';
import { allowedActions, authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { currentPolicy, listPolicyVersions } from '../../store/repositories/evaluation-policies.js';
import type { AppContext } from '../app-context.js';
import { instansiResource } from './evaluation-access.js';

const POLICY_ACTIONS: readonly Action[] = ['evaluation.policy.update'];

/** The policy in force and every earlier version, with who changed it, when and why. */
export async function getEvaluationPolicy(ctx: AppContext, principal: Principal) {
  const instansi = instansiResource(principal);
  authorize(principal, 'evaluation.read', instansi);
  const [current, history] = await Promise.all([
    currentPolicy(ctx.db, principal.instansiId),
    listPolicyVersions(ctx.db, principal.instansiId),
  ]);
  return { current, history, actions: allowedActions(principal, instansi, POLICY_ACTIONS) };
}
