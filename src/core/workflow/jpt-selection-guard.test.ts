import { describe, expect, it } from 'vitest';
import {
  jptSelectionOfMoves,
  jptSelectionRefusal,
  type MoveIntoPost,
  type PostSelection,
} from './jpt-selection-guard.js';

const move = (
  itemId: number,
  employeeId: number,
  toPositionId: number,
  kind: MoveIntoPost['toPositionKind'],
): MoveIntoPost => ({
  itemId,
  employeeId,
  nip: `197203151998031${String(employeeId).padStart(3, '0')}`,
  employeeName: `Pegawai ${employeeId}`,
  toPositionId,
  toPositionName: `Jabatan ${toPositionId}`,
  toPositionKind: kind,
});
const sel = (selectionId: number, positionId: number, chosen: number | null): PostSelection => ({
  selectionId,
  positionId,
  status: chosen === null ? 'IN_PROGRESS' : 'COMPLETED',
  chosenEmployeeId: chosen,
});

describe('JPT selection guard (DOMAIN.md 15.3)', () => {
  const kadis = move(1, 7, 102, 'JPT_PRATAMA');
  const pelaksana = move(2, 8, 300, 'PELAKSANA');

  it('says nothing about moves into posts other than JPT', () => {
    expect(jptSelectionOfMoves([pelaksana, move(3, 9, 301, 'ADMINISTRATOR')], [])).toEqual([]);
    expect(jptSelectionRefusal([pelaksana], [])).toBeNull();
  });

  it('lets the SK through when a completed selection of the post names the person', () => {
    const s = [sel(4, 102, 7)];
    expect(jptSelectionOfMoves([kadis, pelaksana], s)).toEqual([
      { itemId: 1, positionId: 102, state: 'COMPLETED', selectionId: 4 },
    ]);
    expect(jptSelectionRefusal([kadis, pelaksana], s)).toBeNull();
  });

  it('tells apart no selection, one in progress, and one that chose someone else', () => {
    const states = (selections: PostSelection[]) =>
      jptSelectionOfMoves([kadis], selections).map((x) => [x.state, x.selectionId]);
    expect(states([])).toEqual([['NONE', null]]);
    expect(states([sel(5, 102, null)])).toEqual([['IN_PROGRESS', 5]]);
    expect(states([sel(4, 102, 9)])).toEqual([['OTHER_CHOSEN', 4]]);
    // A selection of another post does not count.
    expect(states([sel(6, 103, 7)])).toEqual([['NONE', null]]);
    // An old selection naming the person still counts while a new one runs.
    expect(states([sel(4, 102, 7), sel(5, 102, null)])).toEqual([['COMPLETED', 4]]);
  });

  it('refuses the SK naming each post and person without a completed selection', () => {
    const sekda = move(3, 11, 1, 'JPT_PRATAMA');
    const r = jptSelectionRefusal([kadis, sekda, pelaksana], [sel(5, 102, null)]);
    expect(r?.code).toBe('WORKFLOW_JPT_SELECTION_MISSING');
    expect(r?.itemIds).toEqual([1, 3]);
    expect(r?.message.id).toContain(
      'Pegawai 7 (NIP 197203151998031007) untuk Jabatan 102 (seleksi masih berjalan)',
    );
    expect(r?.message.id).toContain(
      'Pegawai 11 (NIP 197203151998031011) untuk Jabatan 1 (belum ada seleksi)',
    );
    expect(r?.message.en).toContain(
      'Pegawai 7 (NIP 197203151998031007) for Jabatan 102 (selection still in progress)',
    );
    expect(r?.message.en).not.toContain('Pegawai 8');
  });
});
