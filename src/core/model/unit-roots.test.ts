import { describe, expect, it } from 'vitest';
import { unitRoots } from './unit-roots.js';

describe('unitRoots', () => {
  it('gives every unit its top-level unit, at any depth', () => {
    const roots = unitRoots([
      { id: 5, parentId: 2, name: 'Seksi Surveilans' },
      { id: 1, parentId: null, name: 'Dinas Kesehatan' },
      { id: 2, parentId: 1, name: 'Bidang P2P' },
      { id: 3, parentId: null, name: 'Kecamatan Sibolga Kota' },
      { id: 4, parentId: 3, name: 'Kelurahan Pasar Baru' },
    ]);
    expect(Object.fromEntries([...roots].map(([id, r]) => [id, r.id]))).toEqual({
      1: 1,
      2: 1,
      3: 3,
      4: 3,
      5: 1,
    });
    expect(roots.get(5)?.name).toBe('Dinas Kesehatan');
  });

  it('ends on a loop or a missing parent instead of walking forever', () => {
    const roots = unitRoots([
      { id: 1, parentId: 2, name: 'A' },
      { id: 2, parentId: 1, name: 'B' },
      { id: 3, parentId: 99, name: 'C' },
    ]);
    expect(roots.get(3)).toEqual({ id: 3, name: 'C' });
    expect([1, 2]).toContain(roots.get(1)?.id);
  });
});
