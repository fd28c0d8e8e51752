import {
  type ElectionWindow,
  type MendagriApproval,
  postInaugurationWindow,
  preCandidacyWindow,
} from '../../core/eligibility/index.js';
import type { LocalDate } from '../../core/model/local-date.js';
import { getSetting } from '../../store/repositories/settings.js';
import type { AppContext } from '../app-context.js';

export const ELECTION_WINDOWS_SETTING = 'eligibility.electionWindows';
export const MENDAGRI_APPROVALS_SETTING = 'eligibility.mendagriApprovals';

/**
 * The Pilkada 2024 windows of Kota Sibolga (DOMAIN.md 9.2): Pasal 71(2) from 2024-03-22 (6 months
 * before the pairs were set on 2024-09-22) to the end of the term on 2025-02-20, and Pasal 162(3)
 * from the inauguration on 2025-02-20 to 2025-08-20. Used while the instansi has stored none.
 */
export const SIBOLGA_ELECTION_WINDOWS: readonly ElectionWindow[] = [
  preCandidacyWindow('2024-09-22' as LocalDate, '2025-02-20' as LocalDate),
  postInaugurationWindow('2025-02-20' as LocalDate),
];

export interface ElectionSettings {
  readonly electionWindows: readonly ElectionWindow[];
  readonly mendagriApprovals: readonly MendagriApproval[];
}

/**
 * The election windows and Mendagri approvals of an instansi, stored as JSON in `app_settings`
 * (no table of their own yet). Unset windows fall back to {@link SIBOLGA_ELECTION_WINDOWS}; unset
 * approvals mean none.
 */
export async function loadElectionSettings(ctx: AppContext, instansiId: number): Promise<ElectionSettings> {
  const [windows, approvals] = await Promise.all([
    getSetting(ctx.db, instansiId, ELECTION_WINDOWS_SETTING),
    getSetting(ctx.db, instansiId, MENDAGRI_APPROVALS_SETTING),
  ]);
  return {
    electionWindows: Array.isArray(windows) ? (windows as ElectionWindow[]) : SIBOLGA_ELECTION_WINDOWS,
    mendagriApprovals: Array.isArray(approvals) ? (approvals as MendagriApproval[]) : [],
  };
}
