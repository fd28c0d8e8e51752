import type { Kysely, Selectable } from 'kysely';
import type { Role } from '../../core/policies/roles.js';
import type { Database, SessionsTable } from '../schema.js';

/** A user account as services see it; the password hash only travels through `findUserByUsername`. */
export interface StoredUser {
  readonly id: number;
  readonly instansiId: number;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  /** For the EMPLOYEE role: the employee the account belongs to. */
  readonly employeeId: number | null;
  /** For the OPD_HEAD role: the units in scope (their sub-units included by the policies). */
  readonly unitIds: readonly number[];
  readonly active: boolean;
  readonly version: number;
}

export interface StoredUserWithPassword extends StoredUser {
  readonly passwordHash: string;
}

function userQuery(db: Kysely<Database>) {
  return db
    .selectFrom('users')
    .select([
      'id',
      'instansi_id',
      'username',
      'password_hash',
      'display_name',
      'role',
      'employee_id',
      'active',
    ])
    .select('version');
}

async function withScopes(
  db: Kysely<Database>,
  row: Awaited<ReturnType<ReturnType<typeof userQuery>['executeTakeFirstOrThrow']>>,
): Promise<StoredUserWithPassword> {
  const scopes = await db
    .selectFrom('user_unit_scopes')
    .select('unit_id')
    .where('user_id', '=', row.id)
    .orderBy('unit_id')
    .execute();
  return {
    id: row.id,
    instansiId: row.instansi_id,
    username: row.username,
    passwordHash: row.password_hash,
    displayName: row.display_name,
    role: row.role as Role,
    employeeId: row.employee_id,
    unitIds: scopes.map((s) => s.unit_id),
    active: Boolean(row.active),
    version: row.version,
  };
}

/** For sign-in: the account with its password hash (inactive accounts included; the service decides). */
export async function findUserByUsername(
  db: Kysely<Database>,
  username: string,
): Promise<StoredUserWithPassword | null> {
  const row = await userQuery(db).where('username', '=', username).executeTakeFirst();
  return row ? withScopes(db, row) : null;
}

export async function getUserById(db: Kysely<Database>, id: number): Promise<StoredUser | null> {
  const row = await userQuery(db).where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  // Note: the password hash never leaves this function for a lookup by id.
  const { passwordHash: _hash, ...user } = await withScopes(db, row);
  return user;
}

export interface Session {
  /** SHA-256 (hex) of the session token. */
  readonly id: string;
  readonly userId: number;
  /** ISO-8601 UTC. */
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly ip: string | null;
  readonly userAgent: string | null;
}

/** An instant as the ISO-8601 UTC text both engines compare correctly. */
const iso = (t: Date | string): string => new Date(t).toISOString();

function toSession(row: Selectable<SessionsTable>): Session {
  return {
    id: row.id,
    userId: row.user_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    ip: row.ip,
    userAgent: row.user_agent,
  };
}

/**
 * Stores a session. Note: `id` is the SHA-256 of the cookie token, never the token itself, so a
 * copy of the database cannot be replayed as a session.
 */
export async function createSession(
  db: Kysely<Database>,
  input: {
    id: string;
    userId: number;
    expiresAt: Date | string;
    ip?: string | null;
    userAgent?: string | null;
  },
): Promise<Session> {
  const row = await db
    .insertInto('sessions')
    .values({
      id: input.id,
      user_id: input.userId,
      created_at: new Date().toISOString(),
      expires_at: iso(input.expiresAt),
      ip: input.ip ?? null,
      user_agent: input.userAgent ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toSession(row);
}

/** The session with this id (token hash), unless it has expired at `now`. */
export async function findSession(
  db: Kysely<Database>,
  id: string,
  now: Date | string,
): Promise<Session | null> {
  const row = await db
    .selectFrom('sessions')
    .selectAll()
    .where('id', '=', id)
    .where('expires_at', '>', iso(now))
    .executeTakeFirst();
  return row ? toSession(row) : null;
}

export async function deleteSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Removes the sessions expired at `now`; returns how many. */
export async function deleteExpiredSessions(db: Kysely<Database>, now: Date | string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', iso(now)).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Display name and role of each user by id, in one query (the audit log shows
 * "Rina Sitompul (Operator BKPSDM)" rather than a user id).
 */
export async function userActors(
  db: Kysely<Database>,
  ids: readonly number[],
): Promise<Map<number, { readonly name: string; readonly role: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'display_name', 'role'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, { name: r.display_name, role: r.role }]));
}
