import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { pingDatabase } from './database-health.js';

describeEachDialect('database health', (database) => {
  it('answers the probe on an open database, also inside a transaction', async () => {
    const { db } = database();
    await expect(pingDatabase(db)).resolves.toBeUndefined();
    await expect(db.transaction().execute((trx) => pingDatabase(trx))).resolves.toBeUndefined();
  });
});
