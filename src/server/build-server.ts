import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppContext } from '../services/app-context.js';
import { resolveSession } from '../services/auth/resolve-session.js';
import type { TestClock } from '../services/system/test-clock.js';
import { SESSION_COOKIE } from './auth/session.js';
import { handleError } from './error-handler.js';
import { registerRoutes } from './routes/register-routes.js';
import { testClockRoutes } from './routes/test-clock-routes.js';

export interface ServerOptions {
  readonly logger?: boolean;
  /** Folder of the built web app; served with an SPA fallback when it exists. */
  readonly webDist?: string;
  /** Sign-in attempts per minute per address (brute-force guard). */
  readonly signInRateLimit?: number;
  /** A movable clock (the same one as `ctx.now`) and its route, for browser journeys only. */
  readonly testClock?: TestClock;
}

/**
 * Builds the Fastify app without listening, so tests call it in-process with `app.inject()`.
 */
export async function buildServer(ctx: AppContext, opts: ServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({ logger: opts.logger ?? false, trustProxy: true, bodyLimit: 5 * 1024 * 1024 });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);

  await app.register(fastifyHelmet, { contentSecurityPolicy: false });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Penata API',
        description:
          'Penempatan dan mutasi ASN berbasis merit / merit-based placement and transfer of civil servants',
        version: ctx.version,
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  app.decorateRequest('signedIn', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    request.signedIn = await resolveSession(ctx, request.cookies[SESSION_COOKIE]);
  });

  await app.register(
    async (api) => registerRoutes(api, ctx, { signInRateLimit: opts.signInRateLimit ?? 20 }),
    { prefix: '/api' },
  );
  const testClock = opts.testClock;
  if (testClock) await app.register(async (api) => testClockRoutes(api, testClock), { prefix: '/api' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const webDist = resolve(opts.webDist ?? 'web/dist');
  if (existsSync(resolve(webDist, 'index.html'))) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false });
    app.setNotFoundHandler((request, reply) => {
      if (request.url.startsWith('/api/') || request.method !== 'GET') {
        void reply.code(404).send({
          error: {
            code: 'NOT_FOUND',
            message: 'Not found',
            messages: { id: 'Alamat tidak ditemukan', en: 'Not found' },
          },
        });
        return;
      }
      void reply.sendFile('index.html');
    });
  }
  return app;
}
