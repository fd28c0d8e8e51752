import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../core/errors.js';
import type { SignedInUser } from '../../services/auth/resolve-session.js';

export const SESSION_COOKIE = 'penata_session';

declare module 'fastify' {
  interface FastifyRequest {
    signedIn: SignedInUser | null;
  }
}

/** The signed-in user, or 401 UNAUTHENTICATED. Every route except health and sign-in calls it. */
export function requireUser(request: FastifyRequest): SignedInUser {
  if (!request.signedIn) {
    throw new DomainError(
      'UNAUTHENTICATED',
      { id: 'Silakan masuk terlebih dahulu', en: 'Sign in first' },
      { rule: 'SESSION_REQUIRED' },
    );
  }
  return request.signedIn;
}

/**
 * Note: the session cookie is httpOnly (no script can read it), SameSite=Lax (not sent on cross-site
 * POSTs, which blocks CSRF on the JSON API) and Secure when the request came over HTTPS.
 */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
