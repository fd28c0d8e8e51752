import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { demoAccountsResponse, healthResponse } from '../../contract/auth.js';
import type { AppContext } from '../../services/app-context.js';
import { checkHealth } from '../../services/system/check-health.js';
import { getDemoAccounts } from '../../services/system/get-demo-accounts.js';

export async function systemRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get('/health', { schema: { tags: ['system'], response: { 200: healthResponse } } }, async () =>
    checkHealth(ctx),
  );
  // Note: public on purpose: the sign-in page lists the demo accounts, and only in demo mode.
  r.get(
    '/demo-accounts',
    { schema: { tags: ['system'], response: { 200: demoAccountsResponse } } },
    async () => {
      const d = await getDemoAccounts(ctx);
      return { ...d, accounts: [...d.accounts] };
    },
  );
}
