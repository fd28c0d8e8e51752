import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { deleteItem, listItems } from './process-items.js';
import {
  deleteTenureOverride,
  getTenureOverrideDocument,
  insertTenureOverride,
  listTenureOverrides,
  type NewTenureOverride,
} from './process-overrides.js';
import { seedProposalFixture } from './process-store.fixtures.js';

// Exceptions to the 2-year minimum (DOMAIN.md 15.6): one per move, with its document.
describeEachDialect('tenure overrides store', (database) => {
  const setUp = async () => {
    const f = await seedProposalFixture(database().db);
    const [item] = await listItems(f.db, [f.proposal.id]);
    const head = await f.db
      .insertInto('users')
      .values({
        instansi_id: f.seeded.instansiId,
        username: `kepala.${f.proposal.id}`,
        password_hash: 'x',
        display_name: 'Kepala BKPSDM Uji',
        role: 'BKPSDM_HEAD',
        employee_id: null,
        active: true,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const row: NewTenureOverride = {
      instansiId: f.seeded.instansiId,
      proposalId: f.proposal.id,
      itemId: item!.id,
      ground: 'HEALTH',
      reason: 'Rekomendasi tim penguji kesehatan',
      approvedByUserId: head.id,
      approvedAt: '2026-11-28T03:00:00.000Z',
      documentName: 'surat-keterangan-sehat.pdf',
      documentSha256: 'c'.repeat(64),
      documentBytes: 9,
      documentBase64: Buffer.from('%PDF-1.4\n').toString('base64'),
    };
    return { ...f, item: item!, head: head.id, row };
  };

  it('stores an override with its approver and document, lists it without the bytes, and deletes it', async () => {
    const { db, proposal, item, head, row, nurse, seeded } = await setUp();
    await db.transaction().execute((trx) => insertTenureOverride(trx, row));
    const [o] = await listTenureOverrides(db, [proposal.id]);
    expect(o).toEqual({
      id: expect.any(Number),
      proposalId: proposal.id,
      itemId: item.id,
      employeeId: nurse,
      toPositionId: seeded.positionId('ANALIS'),
      nip: item.nip,
      ground: 'HEALTH',
      reason: 'Rekomendasi tim penguji kesehatan',
      approvedByUserId: head,
      approvedByName: 'Kepala BKPSDM Uji',
      approvedAt: '2026-11-28T03:00:00.000Z',
      documentName: 'surat-keterangan-sehat.pdf',
      documentSha256: 'c'.repeat(64),
      documentBytes: 9,
    });
    const doc = await getTenureOverrideDocument(db, seeded.instansiId, proposal.id, item.id);
    expect(Buffer.from(doc!.pdfBase64, 'base64').toString()).toBe('%PDF-1.4\n');
    expect(await getTenureOverrideDocument(db, seeded.instansiId + 1, proposal.id, item.id)).toBeNull();
    expect(await db.transaction().execute((trx) => deleteTenureOverride(trx, proposal.id, item.id))).toBe(
      true,
    );
    expect(await db.transaction().execute((trx) => deleteTenureOverride(trx, proposal.id, item.id))).toBe(
      false,
    );
    expect(await listTenureOverrides(db, [proposal.id])).toEqual([]);
  });

  it('refuses a second override for the same move, an unknown ground and an empty document', async () => {
    const { db, row } = await setUp();
    await db.transaction().execute((trx) => insertTenureOverride(trx, row));
    await expect(db.transaction().execute((trx) => insertTenureOverride(trx, row))).rejects.toThrow();
    await expect(
      db.transaction().execute((trx) => insertTenureOverride(trx, { ...row, ground: 'FRIENDSHIP' as never })),
    ).rejects.toThrow();
    await expect(
      db.transaction().execute((trx) => insertTenureOverride(trx, { ...row, documentBytes: 0 })),
    ).rejects.toThrow();
  });

  it('goes with its move: removing the move removes the override', async () => {
    const { db, proposal, item, row } = await setUp();
    await db.transaction().execute((trx) => insertTenureOverride(trx, row));
    await db.transaction().execute((trx) => deleteItem(trx, proposal.id, item.id));
    expect(await listTenureOverrides(db, [proposal.id])).toEqual([]);
  });
});
