import { createHash } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import { dialectOf } from '../dialect.js';
import type { AuditLogTable, Database } from '../schema.js';
import { type Page, type PageRequest, pageWindow } from './paging.js';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditInput {
  readonly instansiId: number | null;
  readonly actorUserId: number | null;
  readonly actorIp: string | null;
  /** e.g. `mutation.propose`, `employee.update`. */
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string | number;
  /** JSON-serialisable state before and after; stored as canonical JSON (sorted keys). */
  readonly before?: unknown;
  readonly after?: unknown;
  /** Defaults to the clock. */
  readonly occurredAt?: Date;
}

export interface AuditEntry {
  readonly id: number;
  readonly instansiId: number | null;
  /** ISO-8601 UTC. */
  readonly occurredAt: string;
  readonly actorUserId: number | null;
  readonly actorIp: string | null;
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly prevHash: string;
  readonly hash: string;
}

export type AuditChainCheck =
  | { readonly ok: true; readonly count: number }
  | {
      readonly ok: false;
      readonly brokenAt: number;
      readonly reason: 'HASH_MISMATCH' | 'PREV_HASH_MISMATCH' | 'HEAD_MISMATCH';
    };

/** JSON with object keys sorted at every depth: one text for one value. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

type HashedFields = Omit<Selectable<AuditLogTable>, 'id' | 'hash'>;

/** SHA-256 over the stored text of every field of the entry and the previous entry's hash. */
export function auditHash(f: HashedFields): string {
  const fields = [
    'penata-audit-v1',
    f.instansi_id,
    f.occurred_at,
    f.actor_user_id,
    f.actor_ip,
    f.action,
    f.entity_type,
    f.entity_id,
    f.before_json,
    f.after_json,
    f.prev_hash,
  ];
  return createHash('sha256').update(JSON.stringify(fields), 'utf8').digest('hex');
}

/**
 * Appends an entry to the hash chain in the caller's transaction. The chain head row is read with
 * a row lock on PostgreSQL (`for update`), so concurrent appends queue and the chain never forks;
 * on SQLite the single writer of the transaction serialises appends.
 */
export async function appendAudit(trx: Transaction<Database>, input: AuditInput): Promise<AuditEntry> {
  let headQuery = trx.selectFrom('audit_chain_head').select('hash').where('id', '=', 1);
  if (dialectOf(trx) === 'postgres') headQuery = headQuery.forUpdate();
  const head = await headQuery.executeTakeFirstOrThrow();
  const fields: HashedFields = {
    instansi_id: input.instansiId,
    occurred_at: (input.occurredAt ?? new Date()).toISOString(),
    actor_user_id: input.actorUserId,
    actor_ip: input.actorIp,
    action: input.action,
    entity_type: input.entityType,
    entity_id: String(input.entityId),
    before_json: input.before === undefined || input.before === null ? null : canonicalJson(input.before),
    after_json: input.after === undefined || input.after === null ? null : canonicalJson(input.after),
    prev_hash: head.hash,
  };
  const hash = auditHash(fields);
  const row = await trx
    .insertInto('audit_log')
    .values({ ...fields, hash })
    .returningAll()
    .executeTakeFirstOrThrow();
  await trx.updateTable('audit_chain_head').set({ hash, last_id: row.id }).where('id', '=', 1).execute();
  return toEntry(row);
}

function toEntry(row: Selectable<AuditLogTable>): AuditEntry {
  return {
    id: row.id,
    instansiId: row.instansi_id,
    occurredAt: row.occurred_at,
    actorUserId: row.actor_user_id,
    actorIp: row.actor_ip,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: row.before_json === null ? null : JSON.parse(row.before_json),
    after: row.after_json === null ? null : JSON.parse(row.after_json),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export interface AuditFilter {
  readonly instansiId?: number;
  readonly actorUserId?: number;
  readonly action?: string;
  readonly entityType?: string;
  readonly entityId?: string | number;
  /** ISO-8601 instants, inclusive `from`, exclusive `to`. */
  readonly from?: string;
  readonly to?: string;
}

/** Entries matching the filter, newest first. */
export async function listAudit(
  db: Kysely<Database>,
  filter: AuditFilter,
  paging: PageRequest,
): Promise<Page<AuditEntry>> {
  let query = db.selectFrom('audit_log');
  if (filter.instansiId !== undefined) query = query.where('instansi_id', '=', filter.instansiId);
  if (filter.actorUserId !== undefined) query = query.where('actor_user_id', '=', filter.actorUserId);
  if (filter.action !== undefined) query = query.where('action', '=', filter.action);
  if (filter.entityType !== undefined) query = query.where('entity_type', '=', filter.entityType);
  if (filter.entityId !== undefined) query = query.where('entity_id', '=', String(filter.entityId));
  if (filter.from !== undefined)
    query = query.where('occurred_at', '>=', new Date(filter.from).toISOString());
  if (filter.to !== undefined) query = query.where('occurred_at', '<', new Date(filter.to).toISOString());
  const { limit, offset } = pageWindow(paging);
  const [count, rows] = await Promise.all([
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    query.selectAll().orderBy('id', 'desc').limit(limit).offset(offset).execute(),
  ]);
  return { items: rows.map(toEntry), total: Number(count.n) };
}

/**
 * Walks the whole chain oldest first and recomputes every hash. Reports the first entry whose
 * content changed (HASH_MISMATCH), whose predecessor was removed or changed (PREV_HASH_MISMATCH),
 * or, when entries were cut off the end, the last id the chain head remembers (HEAD_MISMATCH).
 */
export async function verifyAuditChain(db: Kysely<Database>): Promise<AuditChainCheck> {
  const BATCH = 2000;
  let prev = GENESIS_HASH;
  let lastId = 0;
  let count = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', lastId)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    for (const { id, hash, ...fields } of rows) {
      if (fields.prev_hash !== prev) return { ok: false, brokenAt: id, reason: 'PREV_HASH_MISMATCH' };
      if (auditHash(fields) !== hash) return { ok: false, brokenAt: id, reason: 'HASH_MISMATCH' };
      prev = hash;
      lastId = id;
      count++;
    }
    if (rows.length < BATCH) break;
  }
  const head = await db
    .selectFrom('audit_chain_head')
    .selectAll()
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  if (head.hash !== prev || (head.last_id ?? 0) !== lastId) {
    return { ok: false, brokenAt: head.last_id ?? 0, reason: 'HEAD_MISMATCH' };
  }
  return { ok: true, count };
}
