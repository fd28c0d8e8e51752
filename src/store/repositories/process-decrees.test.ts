import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { seedDataset } from '../../../test/support/seed.js';
import { takeDecreeSeq } from './process-decrees.js';

/** A promise resolved by `release()`: lets concurrent transactions line up before they race. */
function barrier(parties: number) {
  let arrived = 0;
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return async () => {
    arrived += 1;
    if (arrived === parties) open();
    await opened;
  };
}

describeEachDialect('decree numbering under concurrency', (database) => {
  it('gives concurrent first decrees of a year distinct consecutive numbers, none failing', async () => {
    const { db, dialect } = database();
    const { instansiId } = await seedDataset(db);
    const issuers = 4;
    // On PostgreSQL every transaction has begun (and holds its connection) before any of them takes
    // a number, so they really race for the missing counter row. SQLite runs one writer at a time.
    const lineUp = dialect === 'postgres' ? barrier(issuers) : async () => {};
    const seqs = await Promise.all(
      Array.from({ length: issuers }, () =>
        db.transaction().execute(async (trx) => {
          await trx.selectFrom('decree_counters').select('id').execute();
          await lineUp();
          const seq = await takeDecreeSeq(trx, instansiId, 'SK_MUTASI', 2031);
          // Hold the transaction open a moment so the others pile up behind its counter row.
          await new Promise((resolve) => setTimeout(resolve, 20));
          return seq;
        }),
      ),
    );
    expect([...seqs].sort((a, b) => a - b)).toEqual([1, 2, 3, 4]);
    const counter = await db
      .selectFrom('decree_counters')
      .select('last_seq')
      .where('instansi_id', '=', instansiId)
      .where('year', '=', 2031)
      .execute();
    expect(counter).toEqual([{ last_seq: 4 }]);
  });

  it('keeps separate counters per year and document type', async () => {
    const { db } = database();
    const { instansiId } = await seedDataset(db);
    const seqs = await db
      .transaction()
      .execute(async (trx) => [
        await takeDecreeSeq(trx, instansiId, 'SK_MUTASI', 2032),
        await takeDecreeSeq(trx, instansiId, 'SK_MUTASI', 2033),
        await takeDecreeSeq(trx, instansiId, 'BERITA_ACARA', 2032),
        await takeDecreeSeq(trx, instansiId, 'SK_MUTASI', 2032),
      ]);
    expect(seqs).toEqual([1, 1, 1, 2]);
  });
});
