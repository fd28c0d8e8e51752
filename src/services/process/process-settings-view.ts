import type { Action } from '../../core/policies/actions.js';
import { allowedActions, authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { formatDecreeNumber } from '../../core/workflow/decree-number.js';
import { type AppContext, today } from '../app-context.js';
import { loadProcessSettings, type ProcessSettings } from './process-settings.js';

export interface ProcessSettingsView extends Omit<ProcessSettings, 'place'> {
  readonly sampleNumber: string;
  readonly actions: Action[];
}

/** The settings a process reader sees, with a sample SK number and whether they may change them. */
export async function getProcessSettings(
  ctx: AppContext,
  principal: Principal,
): Promise<ProcessSettingsView> {
  const instansi = { type: 'instansi', instansiId: principal.instansiId } as const;
  authorize(principal, 'proposal.read', instansi);
  return viewOf(ctx, principal, await loadProcessSettings(ctx, principal.instansiId));
}

export function viewOf(ctx: AppContext, principal: Principal, s: ProcessSettings): ProcessSettingsView {
  const instansi = { type: 'instansi', instansiId: principal.instansiId } as const;
  return {
    objectionWindowDays: s.objectionWindowDays,
    numbering: s.numbering,
    skSignatory: s.skSignatory,
    excerptSigner: s.excerptSigner,
    sampleNumber: formatDecreeNumber(s.numbering, 1, today(ctx, principal.instansiId)),
    actions: allowedActions(principal, instansi, ['process.settings.update']),
  };
}
