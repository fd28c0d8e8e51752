import { describe, expect, it } from 'vitest';
import { diffStoredRows, writtenOf } from './diff-stored-rows.js';

interface Row {
  readonly name: string;
}
interface Stored {
  readonly id: number;
  readonly name: string;
}

const rows = (entries: [string, string][]) => new Map(entries.map(([k, name]) => [k, { name }]));
const stored = (entries: [string, number, string][]) =>
  new Map(entries.map(([k, id, name]) => [k, { id, name }]));
const byName = (r: Row, s: Stored) => r.name !== s.name;

describe('diffStoredRows', () => {
  it('sorts rows into created, changed and unchanged, in file order, with the stored row', () => {
    const diff = diffStoredRows(
      rows([
        ['C', 'Baru'],
        ['A', 'Sama'],
        ['B', 'Diubah'],
        ['D', 'Baru lagi'],
      ]),
      stored([
        ['A', 1, 'Sama'],
        ['B', 2, 'Lama'],
        ['Z', 9, 'Tidak disebut'],
      ]),
      byName,
    );
    expect(diff.created).toEqual([
      { key: 'C', row: { name: 'Baru' } },
      { key: 'D', row: { name: 'Baru lagi' } },
    ]);
    expect(diff.changed).toEqual([{ key: 'B', row: { name: 'Diubah' }, stored: { id: 2, name: 'Lama' } }]);
    expect(diff.unchanged).toBe(1);
  });

  it('leaves stored rows the file does not mention alone and asks `differs` only about stored keys', () => {
    const asked: string[] = [];
    const diff = diffStoredRows(rows([['A', 'x']]), stored([['B', 1, 'y']]), (r, s) => {
      asked.push(`${r.name}/${s.name}`);
      return true;
    });
    expect(asked).toEqual([]);
    expect(diff).toEqual({ created: [{ key: 'A', row: { name: 'x' } }], changed: [], unchanged: 0 });
  });

  it('finds nothing to write when the file repeats what is stored (an import run twice)', () => {
    const diff = diffStoredRows(rows([['A', 'x']]), stored([['A', 1, 'x']]), byName);
    expect(diff).toEqual({ created: [], changed: [], unchanged: 1 });
  });
});

describe('writtenOf', () => {
  const diff = diffStoredRows(
    rows([
      ['A', 'x'],
      ['B', 'y'],
      ['C', 'z'],
    ]),
    stored([
      ['B', 1, 'old'],
      ['C', 2, 'z'],
    ]),
    byName,
  );

  it('counts created, updated and unchanged rows', () => {
    expect(writtenOf(diff, false)).toEqual({ created: 1, updated: 1, unchanged: 1 });
  });

  it('counts nothing while the file has errors (nothing is written)', () => {
    expect(writtenOf(diff, true)).toEqual({ created: 0, updated: 0, unchanged: 0 });
  });
});
