import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { seedDataset } from '../../../test/support/seed.js';
import {
  createSession,
  deleteExpiredSessions,
  deleteSession,
  findSession,
  findUserByUsername,
  getUserById,
} from './users.js';

describeEachDialect('users and sessions', (database) => {
  it('finds users with role, employee and unit scope; the hash only by username', async () => {
    const { db } = database();
    const { instansiId, dataset, unitId, employee } = await seedDataset(db);
    const code = dataset.instansi.code;
    const head = await findUserByUsername(db, `${code}.kadinkes`);
    expect(head).toMatchObject({
      instansiId,
      username: `${code}.kadinkes`,
      role: 'OPD_HEAD',
      unitIds: [unitId('DINKES')],
      employeeId: null,
      passwordHash: 'test-hash',
      active: true,
      version: 1,
    });
    const employeeUser = await getUserById(db, (await findUserByUsername(db, `${code}.ani`))!.id);
    expect(employeeUser).toMatchObject({ role: 'EMPLOYEE', employeeId: employee(2), unitIds: [] });
    expect(employeeUser).not.toHaveProperty('passwordHash');
    expect(await findUserByUsername(db, 'nobody')).toBeNull();
    expect(await getUserById(db, 999_999)).toBeNull();

    await db.updateTable('users').set({ active: false }).where('id', '=', head!.id).execute();
    expect((await getUserById(db, head!.id))?.active).toBe(false);
    const inactive = await db.selectFrom('users').select('id').where('active', '=', false).execute();
    expect(inactive.map((u) => u.id)).toEqual([head!.id]);
  });

  it('stores sessions by id (the token hash) and finds them until they expire', async () => {
    const { db } = database();
    const { dataset } = await seedDataset(db);
    const user = (await findUserByUsername(db, `${dataset.instansi.code}.operator`))!;
    const [a, b] = ['a'.repeat(64), 'b'.repeat(64)];
    const now = new Date('2026-11-28T08:00:00.000Z');
    const later = '2026-11-28T20:00:00.000Z';
    const session = await createSession(db, {
      id: a,
      userId: user.id,
      expiresAt: new Date('2026-11-28T16:00:00.000Z'),
      ip: '127.0.0.1',
      userAgent: 'vitest',
    });
    expect(session).toMatchObject({
      id: a,
      userId: user.id,
      expiresAt: '2026-11-28T16:00:00.000Z',
      ip: '127.0.0.1',
    });
    expect(session.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

    expect(await findSession(db, a, now)).toEqual(session);
    expect(await findSession(db, a, '2026-11-28T16:00:00.000Z')).toBeNull();
    expect(await findSession(db, a, later)).toBeNull();
    expect(await findSession(db, b, now)).toBeNull();

    // An offset time is compared as the instant it names.
    await createSession(db, { id: b, userId: user.id, expiresAt: '2026-11-29T15:00:00+07:00' });
    expect(await findSession(db, b, '2026-11-29T07:59:59.999Z')).not.toBeNull();
    expect(await deleteExpiredSessions(db, later)).toBe(1);
    expect(await findSession(db, b, later)).not.toBeNull();
    await deleteSession(db, b);
    expect(await findSession(db, b, now)).toBeNull();
  });
});
