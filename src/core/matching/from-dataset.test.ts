import { describe, expect, it } from 'vitest';
import { defaultDataset } from '../../demo/test-support.js';
import { buildCareer } from './career.js';
import { inputsFromDataset } from './from-dataset.js';

describe('inputsFromDataset', () => {
  const data = defaultDataset();
  const { candidates, posts, positionIdByCode } = inputsFromDataset(data);

  it('numbers posts and people in order and places each post in its OPD', () => {
    expect(posts.length).toBe(data.positions.length);
    expect(candidates.length).toBe(data.employees.length);
    expect(posts.map((p) => p.position.id)).toEqual(data.positions.map((_, i) => i + 1));
    const puskesmas = posts.find((p) => p.unit.kind === 'PUSKESMAS')!;
    expect(puskesmas.unit.opdCode).toBe('DINKES');
    expect(puskesmas.unit.lineageKinds).toEqual(['PUSKESMAS', 'OPD']);
  });

  it('resolves careers, current posts and JPT incumbents, with no evaluation data by default', () => {
    const c = candidates[100]!;
    expect(c.career.length).toBe(c.employee.positionHistory.length);
    expect(c.career.at(-1)?.positionId).toBe(c.employee.currentPositionId);
    expect(c.performance.performanceIndex).toBeNull();
    const jpt = posts.filter((p) => p.position.grade.kind === 'JPT_PRATAMA' && p.incumbent);
    expect(jpt.length).toBeGreaterThan(10);
    const holder = candidates.find((x) => x.employee.id === jpt[0]!.incumbent!.employeeId)!;
    expect(holder.employee.currentPositionId).toBe(jpt[0]!.position.id);
    expect(positionIdByCode.get(data.positions[0]!.code)).toBe(1);
  });

  it('leaves out history entries whose post it does not know', () => {
    const history = candidates[100]!.employee.positionHistory;
    expect(
      buildCareer(history, (id) =>
        id === history[0]!.positionId
          ? undefined
          : { grade: { kind: 'PELAKSANA' }, family: 'GENERAL_ADMIN', opdCode: 'X', tugasTambahan: null },
      ).length,
    ).toBe(history.length - 1);
  });
});
