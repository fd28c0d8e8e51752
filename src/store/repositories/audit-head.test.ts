import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { appendAudit } from './audit.js';
import { auditHeadId, dataAuditHeadId } from './audit-head.js';

describeEachDialect('audit heads', (database) => {
  const append = (action: string) =>
    database()
      .db.transaction()
      .execute((trx) =>
        appendAudit(trx, {
          instansiId: 1,
          actorUserId: 7,
          actorIp: null,
          action,
          entityType: 'x',
          entityId: 1,
          before: null,
          after: null,
          occurredAt: new Date('2026-12-08T01:00:00Z'),
        }),
      );

  it('are 0 before the first entry', async () => {
    expect(await auditHeadId(database().db)).toBe(0);
    expect(await dataAuditHeadId(database().db)).toBe(0);
  });

  it('skips sign-ins, scenarios and plan runs for the data head, and follows any other write', async () => {
    const { db } = database();
    const write = await append('employee.update');
    await append('auth.sign_in');
    await append('scenario.update');
    await append('plan.run');
    const finish = await append('plan.finish');
    expect(await auditHeadId(db)).toBe(finish.id);
    expect(await dataAuditHeadId(db)).toBe(write.id);
    const position = await append('position.update');
    expect(await dataAuditHeadId(db)).toBe(position.id);
  });
});
