import type { EmployeeDraft, InstansiDataset, PositionDraft, UnitDraft } from '../core/model/drafts.js';
import type { LocalDate } from '../core/model/local-date.js';
import { generateSibolgaDemo } from './generate-sibolga-demo.js';

/** The date the tests anchor the demo to (the seed service uses the same one). */
export const AS_OF = '2026-11-01' as LocalDate;

let cached: InstansiDataset | null = null;

/** The default data set (seed 1, 2,500 employees), generated once per test file. */
export function defaultDataset(): InstansiDataset {
  cached ??= generateSibolgaDemo({ asOf: AS_OF });
  return cached;
}

/** Lookups the tests share: units and positions by code, each employee's current post and OPD. */
export function indexDataset(d: InstansiDataset) {
  const units = new Map<string, UnitDraft>(d.units.map((u) => [u.code, u]));
  const positions = new Map<string, PositionDraft>(d.positions.map((p) => [p.code, p]));
  const rootOf = (code: string): string => {
    let u = units.get(code);
    while (u?.parentCode) u = units.get(u.parentCode);
    return u?.code ?? code;
  };
  const current = (e: EmployeeDraft): PositionDraft => {
    const open = e.positionHistory.find((a) => a.endDate === null);
    const p = open && positions.get(open.positionCode);
    if (!p) throw new Error(`${e.nip} has no current post`);
    return p;
  };
  const category = (p: PositionDraft) =>
    p.grade.kind === 'JF' ? 'JF' : p.grade.kind === 'PELAKSANA' ? 'PELAKSANA' : 'STRUCTURAL';
  return { units, positions, rootOf, current, category };
}
