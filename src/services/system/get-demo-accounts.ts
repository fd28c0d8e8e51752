import type { Role } from '../../core/policies/roles.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../demo/demo-accounts.js';
import { DEMO_NOTICE } from '../../demo/generate-sibolga-demo.js';
import { getSetting } from '../../store/repositories/settings.js';
import type { AppContext } from '../app-context.js';

/** Set when the database was seeded with the demo; demo accounts exist only then. */
export const DEMO_SETTING = 'demo.seeded';

export async function isDemoMode(ctx: AppContext): Promise<boolean> {
  return (await getSetting(ctx.db, null, DEMO_SETTING)) !== null;
}

export interface DemoAccounts {
  readonly demo: boolean;
  readonly accounts: readonly { username: string; role: Role; description: string }[];
  readonly password: string | null;
  readonly notice: string | null;
}

/**
 * The demo accounts for the sign-in page. Note: the shared demo password is published only while the
 * database holds the fictional demo data set; a real installation answers `demo: false`.
 */
export async function getDemoAccounts(ctx: AppContext): Promise<DemoAccounts> {
  if (!(await isDemoMode(ctx))) return { demo: false, accounts: [], password: null, notice: null };
  return {
    demo: true,
    accounts: DEMO_ACCOUNTS.map((a) => ({ username: a.username, role: a.role, description: a.description })),
    password: DEMO_PASSWORD,
    notice: DEMO_NOTICE,
  };
}
