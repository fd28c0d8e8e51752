import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loginBody, sessionUser } from '../../contract/auth.js';
import type { AppContext } from '../../services/app-context.js';
import { resolveSession, signOut } from '../../services/auth/resolve-session.js';
import { signIn } from '../../services/auth/sign-in.js';
import { clearSessionCookie, requireUser, SESSION_COOKIE, setSessionCookie } from '../auth/session.js';
import { presentSessionUser } from '../presenters/session-user.js';

export async function authRoutes(
  api: FastifyInstance,
  ctx: AppContext,
  opts: { signInRateLimit: number },
): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/auth/login',
    {
      schema: { tags: ['auth'], body: loginBody, response: { 200: sessionUser } },
      // Note: sign-in is rate limited per address to slow down password guessing.
      config: { rateLimit: { max: opts.signInRateLimit, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const session = await signIn(ctx, {
        username: request.body.username,
        password: request.body.password,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      setSessionCookie(request, reply, session.token, session.expiresAt);
      const user = await resolveSession(ctx, session.token);
      return presentSessionUser(user!);
    },
  );

  r.post(
    '/auth/logout',
    { schema: { tags: ['auth'], response: { 200: z.object({ ok: z.boolean() }) } } },
    async (request, reply) => {
      await signOut(ctx, request.cookies[SESSION_COOKIE]);
      clearSessionCookie(reply);
      return { ok: true };
    },
  );

  r.get('/auth/me', { schema: { tags: ['auth'], response: { 200: sessionUser } } }, async (request) =>
    presentSessionUser(requireUser(request)),
  );
}
