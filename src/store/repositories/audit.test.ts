import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { appendAudit, canonicalJson, GENESIS_HASH, listAudit, verifyAuditChain } from './audit.js';

describeEachDialect('audit log', (database) => {
  const append = (n: number, instansiId: number | null = 1) =>
    database()
      .db.transaction()
      .execute(async (trx) => {
        const entries = [];
        for (let i = 0; i < n; i++) {
          entries.push(
            await appendAudit(trx, {
              instansiId,
              actorUserId: 7,
              actorIp: '10.0.0.1',
              action: i % 2 ? 'employee.update' : 'mutation.propose',
              entityType: i % 2 ? 'employee' : 'mutation',
              entityId: 100 + i,
              before: i % 2 ? { status: 'ACTIVE', nested: { b: 1, a: [2, 1] } } : null,
              after: { status: 'LEAVE', note: `entry ${i}` },
              occurredAt: new Date(Date.UTC(2026, 10, 28, 8, 0, i, 123)),
            }),
          );
        }
        return entries;
      });

  it('starts empty and valid', async () => {
    expect(await verifyAuditChain(database().db)).toEqual({ ok: true, count: 0 });
  });

  it('chains entries and verifies the whole chain', async () => {
    const { db } = database();
    const [first, second] = await append(2);
    expect(first).toMatchObject({
      prevHash: GENESIS_HASH,
      occurredAt: '2026-11-28T08:00:00.123Z',
      entityId: '100',
      before: null,
      after: { status: 'LEAVE', note: 'entry 0' },
    });
    expect(second?.prevHash).toBe(first?.hash);
    expect(second?.before).toEqual({ status: 'ACTIVE', nested: { a: [2, 1], b: 1 } });
    await append(3, 2);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 5 });
    const stored = await db
      .selectFrom('audit_log')
      .select('before_json')
      .where('id', '=', second!.id)
      .executeTakeFirst();
    expect(stored?.before_json).toBe(canonicalJson({ nested: { a: [2, 1], b: 1 }, status: 'ACTIVE' }));
  });

  it('lists newest first with filters and totals', async () => {
    const { db } = database();
    const page = await listAudit(db, { instansiId: 2 }, { page: 1, pageSize: 2 });
    expect(page.total).toBe(3);
    expect(page.items.map((e) => e.entityId)).toEqual(['102', '101']);
    expect(
      (await listAudit(db, { entityType: 'employee', entityId: 101 }, { page: 1, pageSize: 10 })).total,
    ).toBe(2);
    expect(
      (await listAudit(db, { action: 'mutation.propose', instansiId: 1 }, { page: 1, pageSize: 10 })).total,
    ).toBe(1);
    expect((await listAudit(db, { actorUserId: 8 }, { page: 1, pageSize: 10 })).total).toBe(0);
    const window = await listAudit(
      db,
      { from: '2026-11-28T08:00:01.000Z', to: '2026-11-28T08:00:02.000Z' },
      { page: 1, pageSize: 10 },
    );
    expect(window.items.map((e) => e.occurredAt)).toEqual([
      '2026-11-28T08:00:01.123Z',
      '2026-11-28T08:00:01.123Z',
    ]);
  });

  it('reports the entry whose stored content was changed behind its back', async () => {
    const { db } = database();
    const entries = await append(3);
    const victim = entries[1]!;
    await sql`update audit_log set after_json = ${'{"status":"ACTIVE"}'} where id = ${victim.id}`.execute(db);
    expect(await verifyAuditChain(db)).toEqual({ ok: false, brokenAt: victim.id, reason: 'HASH_MISMATCH' });
    // Restoring the original text restores the chain.
    await sql`update audit_log set after_json = ${canonicalJson(victim.after)} where id = ${victim.id}`.execute(
      db,
    );
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('reports a removed entry at its successor and a cut-off tail at the head', async () => {
    const { db } = database();
    const entries = await append(3);
    await sql`delete from audit_log where id = ${entries[1]!.id}`.execute(db);
    expect(await verifyAuditChain(db)).toEqual({
      ok: false,
      brokenAt: entries[2]!.id,
      reason: 'PREV_HASH_MISMATCH',
    });
    await sql`delete from audit_log where id >= ${entries[1]!.id}`.execute(db);
    expect(await verifyAuditChain(db)).toEqual({
      ok: false,
      brokenAt: entries[2]!.id,
      reason: 'HEAD_MISMATCH',
    });
  });

  it('writes nothing when the transaction fails', async () => {
    const { db } = database();
    const before = (await listAudit(db, {}, { page: 1, pageSize: 1 })).total;
    await expect(
      db.transaction().execute(async (trx) => {
        await appendAudit(trx, {
          instansiId: 1,
          actorUserId: null,
          actorIp: null,
          action: 'x',
          entityType: 'x',
          entityId: 1,
        });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect((await listAudit(db, {}, { page: 1, pageSize: 1 })).total).toBe(before);
  });
});

describeEachDialect('audit log under concurrent appends', (database) => {
  it('never forks the chain', async () => {
    const { db } = database();
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        db.transaction().execute((trx) =>
          appendAudit(trx, {
            instansiId: 1,
            actorUserId: i,
            actorIp: null,
            action: 'a',
            entityType: 'e',
            entityId: i,
          }),
        ),
      ),
    );
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 12 });
  });
});
