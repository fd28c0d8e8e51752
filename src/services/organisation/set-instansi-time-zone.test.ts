import { expect, it } from 'vitest';
import { describeEachDialect, type TestDatabase } from '../../../test/support/databases.js';
import { seedDataset } from '../../../test/support/seed.js';
import { DomainError } from '../../core/errors.js';
import type { Principal } from '../../core/policies/roles.js';
import { listAudit } from '../../store/repositories/audit.js';
import { getInstansiById } from '../../store/repositories/instansi.js';
import { type AppContext, today } from '../app-context.js';
import { setInstansiTimeZone } from './set-instansi-time-zone.js';

// 23:18 UTC on 7 December is 06:18 on 8 December in Sibolga (WIB) and in Makassar (WITA) 07:18.
const LATE_EVENING_UTC = new Date('2026-12-07T23:18:00Z');
const contextOf = (t: TestDatabase): AppContext => ({
  db: t.db,
  dialect: t.dialect,
  now: () => LATE_EVENING_UTC,
  timeZones: new Map(),
  version: 'test',
  close: async () => {},
});

async function refusal(p: Promise<unknown>): Promise<DomainError> {
  const e = await p.then(
    () => null,
    (error: unknown) => error,
  );
  if (!(e instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(e)}`);
  return e;
}

describeEachDialect('the instansi time zone', (t) => {
  it('makes "today" the office date, is stored and audited, and refuses unknown zones and other roles', async () => {
    const ctx = contextOf(t());
    const { instansiId } = await seedDataset(ctx.db);
    const head: Principal = { userId: 0, instansiId, role: 'BKPSDM_HEAD' };
    expect(today(ctx, instansiId)).toBe('2026-12-08');
    expect((await getInstansiById(ctx.db, instansiId))?.timeZone).toBe('Asia/Jakarta');

    await setInstansiTimeZone(ctx, head, 'America/New_York', { ip: 'cli' });
    expect(today(ctx, instansiId)).toBe('2026-12-07');
    expect((await getInstansiById(ctx.db, instansiId))?.timeZone).toBe('America/New_York');
    const entry = (
      await listAudit(ctx.db, { instansiId, action: 'instansi.time-zone' }, { page: 1, pageSize: 10 })
    ).items[0];
    expect(entry?.after).toEqual({ timeZone: 'America/New_York' });

    const unknown = await refusal(setInstansiTimeZone(ctx, head, 'Asia/Sibolga', { ip: null }));
    expect(unknown.details).toMatchObject({ field: 'timeZone', rule: 'IANA_TIME_ZONE' });
    const employee: Principal = { userId: 9, instansiId, role: 'EMPLOYEE', employeeId: 1 };
    expect((await refusal(setInstansiTimeZone(ctx, employee, 'Asia/Makassar', { ip: null }))).code).toBe(
      'FORBIDDEN',
    );
    expect((await getInstansiById(ctx.db, instansiId))?.timeZone).toBe('America/New_York');
  });
});
