import { createHash, randomBytes } from 'node:crypto';
import { DomainError } from '../../core/errors.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { createSession, findUserByUsername } from '../../store/repositories/users.js';
import type { AppContext } from '../app-context.js';
import { decoyPasswordHash, verifyPassword } from './password.js';

export const SESSION_DAYS = 7;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Checks the password and opens a session. Returns the raw token for the cookie; only its SHA-256
 * is stored, so a copy of the database cannot be used to sign in.
 */
export async function signIn(
  ctx: AppContext,
  input: { username: string; password: string; ip: string | null; userAgent: string | null },
): Promise<{ token: string; userId: number; expiresAt: Date }> {
  const user = await findUserByUsername(ctx.db, input.username.trim().toLowerCase());
  // Note: same work and same error whether the user is unknown, inactive or the password is wrong.
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
  if (!user?.active || !passwordOk) {
    throw new DomainError(
      'INVALID_CREDENTIALS',
      { id: 'Nama pengguna atau kata sandi salah', en: 'Wrong username or password' },
      { field: 'password', rule: 'CREDENTIALS' },
    );
  }
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(ctx.now().getTime() + SESSION_DAYS * 86_400_000);
  await ctx.db.transaction().execute(async (trx) => {
    await createSession(trx, {
      id: hashToken(token),
      userId: user.id,
      expiresAt: expiresAt.toISOString(),
      ip: input.ip,
      userAgent: input.userAgent,
    });
    await appendAudit(trx, {
      instansiId: user.instansiId,
      actorUserId: user.id,
      actorIp: input.ip,
      action: 'auth.sign_in',
      entityType: 'user',
      entityId: String(user.id),
      before: null,
      after: null,
      occurredAt: ctx.now(),
    });
  });
  return { token, userId: user.id, expiresAt };
}
