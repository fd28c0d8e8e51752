import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { buildInstansiDraft } from '../../../test/support/factories.js';
import { seedDataset } from '../../../test/support/seed.js';
import { appendAudit, verifyAuditChain } from './audit.js';
import { listEmployees } from './employees.js';
import {
  deleteInstansi,
  getInstansiByCode,
  getInstansiById,
  insertInstansi,
  listInstansi,
} from './instansi.js';
import { getSetting, setSetting } from './settings.js';
import { createSession, findSession } from './users.js';

describeEachDialect('instansi', (database) => {
  it('inserts, finds by code and lists by name', async () => {
    const { db } = database();
    const sibolga = await insertInstansi(
      db,
      buildInstansiDraft({ code: '5276', name: 'Pemerintah Kota Sibolga' }),
    );
    expect(sibolga).toEqual({
      id: sibolga.id,
      code: '5276',
      name: 'Pemerintah Kota Sibolga',
      kind: 'KOTA',
      province: 'Sumatera Utara',
      regionCode: '12.73',
      // A new instansi works in WIB until it says otherwise.
      timeZone: 'Asia/Jakarta',
      version: 1,
    });
    const tapteng = await insertInstansi(
      db,
      buildInstansiDraft({ name: 'Pemerintah Kabupaten Tapanuli Tengah', kind: 'KABUPATEN' }),
    );
    expect(await getInstansiByCode(db, '5276')).toEqual(sibolga);
    expect(await getInstansiById(db, sibolga.id)).toEqual(sibolga);
    expect(await getInstansiById(db, -1)).toBeNull();
    expect(await getInstansiByCode(db, 'nope')).toBeNull();
    expect((await listInstansi(db)).map((i) => i.id)).toEqual([tapteng.id, sibolga.id]);
    await expect(insertInstansi(db, buildInstansiDraft({ code: '5276' }))).rejects.toThrow(/unique/i);
  });

  it('deletes an instansi with everything it holds, leaving others and the audit log intact', async () => {
    const { db } = database();
    const doomed = await seedDataset(db);
    const kept = await seedDataset(db);
    const operator = await db
      .selectFrom('users')
      .select('id')
      .where('instansi_id', '=', doomed.instansiId)
      .executeTakeFirstOrThrow();
    await createSession(db, { id: 'c'.repeat(64), userId: operator.id, expiresAt: '2030-01-01T00:00:00Z' });
    await setSetting(db, doomed.instansiId, 'demo', { on: true });
    await db.transaction().execute(async (trx) => {
      await appendAudit(trx, {
        instansiId: doomed.instansiId,
        actorUserId: null,
        actorIp: null,
        action: 'demo.reset',
        entityType: 'instansi',
        entityId: doomed.instansiId,
      });
      await deleteInstansi(trx, doomed.instansiId);
    });
    expect(await getInstansiById(db, doomed.instansiId)).toBeNull();
    expect(await findSession(db, 'c'.repeat(64), '2026-01-01T00:00:00Z')).toBeNull();
    expect(await getSetting(db, doomed.instansiId, 'demo')).toBeNull();
    const leftovers = await db
      .selectFrom('position_assignments')
      .select('id')
      .where('instansi_id', '=', doomed.instansiId)
      .execute();
    expect(leftovers).toEqual([]);
    expect((await listEmployees(db, kept.instansiId, { page: 1, pageSize: 1 })).total).toBe(8);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('keeps settings per instansi and for all instansi', async () => {
    const { db } = database();
    const { instansiId } = await seedDataset(db);
    expect(await getSetting(db, null, 'moratorium')).toBeNull();
    await setSetting(db, null, 'moratorium', { from: '2029-09-01', to: '2030-03-01' });
    await setSetting(db, instansiId, 'moratorium', { from: '2029-10-01' });
    await setSetting(db, null, 'moratorium', { from: '2029-08-01' });
    expect(await getSetting(db, null, 'moratorium')).toEqual({ from: '2029-08-01' });
    expect(await getSetting(db, instansiId, 'moratorium')).toEqual({ from: '2029-10-01' });
    const rows = await db
      .selectFrom('app_settings')
      .select(['instansi_id', 'version'])
      .where('key', '=', 'moratorium')
      .execute();
    expect(rows.sort((x, y) => Number(x.instansi_id) - Number(y.instansi_id))).toEqual([
      { instansi_id: null, version: 2 },
      { instansi_id: instansiId, version: 1 },
    ]);
    await expect(
      db
        .insertInto('app_settings')
        .values({ instansi_id: null, key: 'moratorium', value_json: '{}' })
        .execute(),
    ).rejects.toThrow(/unique/i);
  });
});
