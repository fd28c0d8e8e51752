import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { seedDataset } from '../../../test/support/seed.js';
import { appendAudit } from './audit.js';
import { getPosition } from './positions.js';
import { updateWithVersion } from './update-with-version.js';

describeEachDialect('updateWithVersion', (database) => {
  it('updates when the version matches, bumping version and updated_at', async () => {
    const { db } = database();
    const { instansiId, positionId } = await seedDataset(db);
    const id = positionId('DOKTER');
    const before = await db
      .selectFrom('positions')
      .select(['updated_at', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const version = await db
      .transaction()
      .execute((trx) => updateWithVersion(trx, 'positions', id, 1, { seats: 4, is_strategic: true }));
    expect(version).toBe(2);
    expect((await getPosition(db, instansiId, id))?.position).toMatchObject({
      seats: 4,
      isStrategic: true,
      version: 2,
    });
    const after = await db
      .selectFrom('positions')
      .select('updated_at')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(after.updated_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(after.updated_at >= before.updated_at).toBe(true);
  });

  it('throws VERSION_CONFLICT on a stale version and the transaction writes nothing', async () => {
    const { db } = database();
    const { instansiId, positionId } = await seedDataset(db);
    const id = positionId('ANALIS');
    await updateWithVersion(db, 'positions', id, 1, { name: 'Analis SDM Aparatur Ahli' });
    const auditBefore = await db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const stale = db.transaction().execute(async (trx) => {
      await appendAudit(trx, {
        instansiId,
        actorUserId: null,
        actorIp: null,
        action: 'position.update',
        entityType: 'position',
        entityId: id,
      });
      return updateWithVersion(trx, 'positions', id, 1, { seats: 9 });
    });
    await expect(stale).rejects.toMatchObject({
      name: 'DomainError',
      code: 'VERSION_CONFLICT',
      details: { field: 'version', value: 1 },
    });
    expect((await getPosition(db, instansiId, id))?.position).toMatchObject({
      name: 'Analis SDM Aparatur Ahli',
      seats: 2,
      version: 2,
    });
    const auditAfter = await db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(auditAfter.n)).toBe(Number(auditBefore.n));
  });

  it('throws NOT_FOUND for a missing row and works on every versioned table', async () => {
    const { db } = database();
    const { instansiId, employee } = await seedDataset(db);
    await expect(updateWithVersion(db, 'employees', 999_999, 1, { status: 'LEAVE' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await updateWithVersion(db, 'employees', employee(1), 1, { status: 'LEAVE' })).toBe(2);
    const row = await db
      .selectFrom('employees')
      .select(['status', 'version'])
      .where('id', '=', employee(1))
      .executeTakeFirst();
    expect(row).toEqual({ status: 'LEAVE', version: 2 });
    expect(await updateWithVersion(db, 'instansi', instansiId, 1, { name: 'Pemerintah Kota Sibolga' })).toBe(
      2,
    );
  });
});
