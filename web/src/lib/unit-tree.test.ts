import { describe, expect, it } from 'vitest';
import type { Action } from '../../../src/core/policies/actions';
import type { UnitNodeDto } from '../api/types';
import { buildUnitTree, choosableUnits, onlyChoice } from './unit-tree';

const unit = (id: number, parentId: number | null, actions: Action[]): UnitNodeDto => ({
  id,
  parentId,
  code: `U${id}`,
  name: `Unit ${id}`,
  shortName: null,
  kind: 'OPD',
  seats: 0,
  holders: 0,
  vacancies: 0,
  totalSeats: 0,
  totalHolders: 0,
  totalVacancies: 0,
  actions,
});

// Two dinas with a puskesmas under the first; the caller may enter evaluations of the first only.
const OWN: Action[] = ['employee.list', 'evaluation.read'];
const opdHeadView = [unit(1, null, OWN), unit(2, 1, OWN), unit(3, null, []), unit(4, 3, [])];
const operatorView = opdHeadView.map((u) => ({ ...u, actions: OWN }));

describe('unit pickers offer only what the caller may choose', () => {
  it("keeps an OPD head's own subtree, rooted at their dinas", () => {
    const tree = buildUnitTree(choosableUnits(opdHeadView, 'evaluation.read'));
    expect(tree.map((u) => u.id)).toEqual([1]);
    expect(tree[0]!.children.map((u) => u.id)).toEqual([2]);
    expect(choosableUnits(opdHeadView, 'talent.read')).toEqual([]);
  });

  it('makes a unit whose parent is not offered a root', () => {
    const onlyPuskesmas = [unit(1, null, []), unit(2, 1, OWN)];
    expect(buildUnitTree(choosableUnits(onlyPuskesmas, 'evaluation.read')).map((u) => u.id)).toEqual([2]);
  });

  it('preselects the only subtree of a scoped caller, never for someone who may choose every unit', () => {
    expect(onlyChoice(opdHeadView, 'evaluation.read')).toBe(1);
    expect(onlyChoice(operatorView, 'evaluation.read')).toBeUndefined();
    expect(onlyChoice(opdHeadView, 'talent.read')).toBeUndefined();
    const twoDinas = [unit(1, null, OWN), unit(3, null, OWN), unit(5, null, [])];
    expect(onlyChoice(twoDinas, 'evaluation.read')).toBeUndefined();
  });
});
