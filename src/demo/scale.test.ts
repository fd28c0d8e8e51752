import { describe, expect, it } from 'vitest';
import { parseNip } from '../core/model/nip.js';
import { generateSibolgaDemo } from './generate-sibolga-demo.js';
import { AS_OF, indexDataset } from './test-support.js';

describe('generateSibolgaDemo at benchmark size', () => {
  it('makes 100,000 employees with a structure that grows with them', { timeout: 180_000 }, () => {
    const started = performance.now();
    const data = generateSibolgaDemo({ employees: 100_000, asOf: AS_OF, seed: 7 });
    const seconds = (performance.now() - started) / 1000;
    console.info(`generateSibolgaDemo: 100,000 employees in ${seconds.toFixed(1)} s`);

    expect(data.employees).toHaveLength(100_000);
    const ix = indexDataset(data);
    expect(data.units.filter((u) => u.kind === 'SEKOLAH').length).toBeGreaterThan(1000);
    expect(data.units.filter((u) => u.kind === 'PUSKESMAS').length).toBeGreaterThan(200);
    expect(data.units.filter((u) => u.kind === 'KELURAHAN')).toHaveLength(17);
    const nips = new Set<string>();
    const holders = new Map<string, number>();
    let structural = 0;
    for (const e of data.employees) {
      nips.add(e.nip);
      const p = ix.current(e);
      holders.set(p.code, (holders.get(p.code) ?? 0) + 1);
      if (ix.category(p) === 'STRUCTURAL') structural++;
    }
    expect(nips.size).toBe(100_000);
    for (const p of data.positions) expect(holders.get(p.code) ?? 0).toBeLessThanOrEqual(p.seats);
    expect(structural / 100_000).toBeGreaterThan(0.09);
    expect(structural / 100_000).toBeLessThan(0.13);
    for (let i = 0; i < 100_000; i += 97) {
      const e = data.employees[i]!;
      expect(parseNip(e.nip, { employmentType: e.employmentType, asOf: AS_OF }).ok).toBe(true);
    }
  });
});
