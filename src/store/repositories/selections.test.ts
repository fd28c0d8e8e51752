import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { seedDataset } from '../../../test/support/seed.js';
import { DomainError } from '../../core/errors.js';
import type { LocalDate } from '../../core/model/local-date.js';
import type { Pasal107Check } from '../../core/selection/selection-model.js';
import { initialStages } from '../../core/selection/selection-model.js';
import {
  insertSelection,
  replaceCandidates,
  resultColumns,
  touchSelection,
  writeCandidateCheck,
  writeShortlist,
  writeStages,
} from './selection-writes.js';
import {
  getSelection,
  listSelectionsOfPosition,
  openSelectionOfPosition,
  positionKinds,
  selectionsOfPositions,
} from './selections.js';

const d = (s: string) => s as LocalDate;
const meets: Pasal107Check = {
  status: 'MEETS',
  checkedOn: d('2026-06-01'),
  results: [{ code: 'R-JPT-AGE', status: 'PASS', message: { id: 'Usia 50 tahun', en: 'Aged 50' } }],
};
const committee = [
  { name: 'Dr. Ketua Pansel', role: 'KETUA' as const },
  { name: 'Sekretaris Pansel', role: 'SEKRETARIS' as const },
  { name: 'Anggota Pansel', role: 'ANGGOTA' as const },
];

describeEachDialect('JPT selection records', (database) => {
  const open = async () => {
    const { db } = database();
    const seeded = await seedDataset(db);
    const positionId = seeded.positionId('KADIS');
    const id = await db.transaction().execute((trx) =>
      insertSelection(trx, {
        instansiId: seeded.instansiId,
        positionId,
        kind: 'OPEN',
        committee,
        stages: initialStages(),
        createdByUserId: null,
      }),
    );
    return { db, seeded, positionId, id };
  };

  it('stores a selection with its committee in order and its five stages, and reads it back whole', async () => {
    const { db, seeded, positionId, id } = await open();
    const s = await getSelection(db, seeded.instansiId, id);
    expect(s).toMatchObject({
      id,
      instansiId: seeded.instansiId,
      positionId,
      kind: 'OPEN',
      status: 'IN_PROGRESS',
      committee,
      candidates: [],
      shortlistReason: null,
      result: null,
      version: 1,
    });
    expect(s?.stages).toEqual(initialStages());
    expect(await openSelectionOfPosition(db, seeded.instansiId, positionId)).toBe(id);
    // Another instansi's id is not found.
    expect(await getSelection(db, seeded.instansiId + 1000, id)).toBeNull();
  });

  it('allows one selection in progress per post (the database refuses a second)', async () => {
    const { db, seeded, positionId } = await open();
    const second = db.transaction().execute((trx) =>
      insertSelection(trx, {
        instansiId: seeded.instansiId,
        positionId,
        kind: 'TALENT_POOL',
        committee,
        stages: initialStages(),
        createdByUserId: null,
      }),
    );
    await expect(second).rejects.toThrow();
    expect(await listSelectionsOfPosition(db, seeded.instansiId, positionId)).toHaveLength(1);
  });

  it('writes stages, candidates with their check, the shortlist and the result under the version', async () => {
    const { db, seeded, positionId, id } = await open();
    const [a, b, c] = [seeded.employee(0), seeded.employee(1), seeded.employee(2)];
    await db.transaction().execute(async (trx) => {
      await touchSelection(trx, id, 1);
      await writeStages(
        trx,
        id,
        initialStages().map((s, i) => (i < 4 ? { ...s, status: 'DONE', date: d(`2026-05-0${i + 1}`) } : s)),
      );
      await replaceCandidates(
        trx,
        seeded.instansiId,
        id,
        [a, b, c].map((employeeId) => ({ employeeId, administrative: 'PASSED', pasal107: meets })),
      );
    });
    await db.transaction().execute(async (trx) => {
      await touchSelection(trx, id, 2, { shortlist_reason: 'cukup' });
      await writeShortlist(
        trx,
        id,
        new Map([
          [c, 1],
          [a, 2],
          [b, 3],
        ]),
      );
      // Set again in another order: the ranks stay unique.
      await writeShortlist(
        trx,
        id,
        new Map([
          [b, 1],
          [c, 2],
          [a, 3],
        ]),
      );
    });
    const shortlisted = await getSelection(db, seeded.instansiId, id);
    expect(shortlisted?.version).toBe(3);
    expect(shortlisted?.stages.map((s) => [s.status, s.date])).toEqual([
      ['DONE', '2026-05-01'],
      ['DONE', '2026-05-02'],
      ['DONE', '2026-05-03'],
      ['DONE', '2026-05-04'],
      ['PENDING', null],
    ]);
    expect(shortlisted?.candidates.map((x) => [x.employeeId, x.shortlistRank])).toEqual([
      [a, 3],
      [b, 1],
      [c, 2],
    ]);
    expect(shortlisted?.candidates[0]?.pasal107).toEqual(meets);
    expect(shortlisted?.candidates[0]?.nip).toBe(seeded.dataset.employees[0]?.nip);
    expect(shortlisted?.shortlistReason).toBe('cukup');

    const blocked: Pasal107Check = { ...meets, status: 'BLOCKED', checkedOn: d('2026-06-02') };
    await db.transaction().execute(async (trx) => {
      await touchSelection(
        trx,
        id,
        3,
        resultColumns({ employeeId: b, decidedOn: d('2026-06-02'), decreeNumber: 'KPTS/1' }, null),
      );
      await writeCandidateCheck(trx, id, b, blocked);
      await writeStages(trx, id, [{ stage: 'RESULT', status: 'DONE', date: d('2026-06-02') }]);
    });
    const done = await getSelection(db, seeded.instansiId, id);
    expect(done).toMatchObject({
      status: 'COMPLETED',
      version: 4,
      result: { employeeId: b, decidedOn: '2026-06-02', decreeNumber: 'KPTS/1' },
    });
    expect(done?.stages.at(-1)).toEqual({ stage: 'RESULT', status: 'DONE', date: '2026-06-02' });
    expect(done?.candidates.find((x) => x.employeeId === b)?.pasal107?.checkedOn).toBe('2026-06-02');
    expect(await openSelectionOfPosition(db, seeded.instansiId, positionId)).toBeNull();
    expect(
      await selectionsOfPositions(db, seeded.instansiId, [positionId, seeded.positionId('SEKDIS')]),
    ).toEqual([{ selectionId: id, positionId, status: 'COMPLETED', chosenEmployeeId: b }]);
  });

  it('refuses a stale version and writes nothing', async () => {
    const { db, seeded, id } = await open();
    const stale = db.transaction().execute(async (trx) => {
      await touchSelection(trx, id, 1);
      await touchSelection(trx, id, 1, { shortlist_reason: 'x' });
    });
    await expect(stale).rejects.toSatisfy((e) => e instanceof DomainError && e.code === 'VERSION_CONFLICT');
    expect((await getSelection(db, seeded.instansiId, id))?.version).toBe(1);
  });

  it('refuses a completed selection without its result (check constraint)', async () => {
    const { db, id } = await open();
    await expect(
      db.transaction().execute((trx) => touchSelection(trx, id, 1, { status: 'COMPLETED' })),
    ).rejects.toThrow();
  });

  it('names the kind of posts for the guard, and only of this instansi', async () => {
    const { db, seeded } = await open();
    const kadis = seeded.positionId('KADIS');
    const perawat = seeded.positionId('PERAWAT');
    const kinds = await positionKinds(db, seeded.instansiId, [kadis, perawat, kadis]);
    expect(kinds.get(kadis)?.kind).toBe('JPT_PRATAMA');
    expect(kinds.get(perawat)?.kind).toBe('JF');
    expect((await positionKinds(db, seeded.instansiId + 1000, [kadis])).size).toBe(0);
    expect(await positionKinds(db, seeded.instansiId, [])).toEqual(new Map());
  });
});
