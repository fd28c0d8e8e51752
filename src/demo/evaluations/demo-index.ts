import type { EmployeeDraft, InstansiDataset, PositionDraft } from '../../core/model/drafts.js';
import type { Nip } from '../../core/model/nip.js';
import { type Day, parseDay } from '../dates.js';

/** A post held over a span of days (end inclusive; null = still held). */
interface Stint {
  readonly position: PositionDraft;
  readonly from: Day;
  readonly to: Day | null;
}

/** Lookups over the personnel demo that the evaluation generator needs, computed once. */
export interface DemoIndex {
  readonly employees: readonly EmployeeDraft[];
  /** The top-level unit (OPD, kecamatan) of a unit code. */
  rootOf(unitCode: string): string;
  /** The post someone held on a day, or null. */
  postOn(employee: number, day: Day): PositionDraft | null;
  /** The first day of service (the first post's start). */
  serviceStart(employee: number): Day;
  /** Unit codes by kind, e.g. every PUSKESMAS. */
  unitsOfKind(kind: string): readonly { code: string; name: string }[];
  unitName(code: string): string;
  /** The current holder of the top post of a top-level unit (the natural appraising official). */
  headOf(root: string): Nip | null;
  /** Employees whose post on a day lies in one of the top-level units (indexes into `employees`). */
  staffOn(roots: readonly string[], day: Day): number[];
  /** Employees whose post on a day is in exactly this unit. */
  unitStaffOn(unitCode: string, day: Day): number[];
}

export function indexDemo(data: InstansiDataset): DemoIndex {
  const units = new Map(data.units.map((u) => [u.code, u]));
  const positions = new Map(data.positions.map((p) => [p.code, p]));
  const roots = new Map<string, string>();
  const rootOf = (code: string): string => {
    let root = roots.get(code);
    if (root) return root;
    let u = units.get(code);
    while (u?.parentCode) u = units.get(u.parentCode);
    root = u?.code ?? code;
    roots.set(code, root);
    return root;
  };
  const stints: Stint[][] = data.employees.map((e) =>
    e.positionHistory.map((a) => ({
      position: positions.get(a.positionCode)!,
      from: parseDay(a.startDate),
      to: a.endDate === null ? null : parseDay(a.endDate),
    })),
  );
  const postOn = (employee: number, day: Day): PositionDraft | null => {
    const list = stints[employee]!;
    for (let i = list.length - 1; i >= 0; i--) {
      const s = list[i]!;
      if (s.from <= day && (s.to === null || s.to >= day)) return s.position;
    }
    return null;
  };
  const heads = new Map<string, { nip: Nip; kelas: number }>();
  data.employees.forEach((e, i) => {
    const post = stints[i]!.find((s) => s.to === null)?.position;
    if (
      !post ||
      post.unitCode !== rootOf(post.unitCode) ||
      post.grade.kind === 'PELAKSANA' ||
      post.grade.kind === 'JF'
    )
      return;
    const seen = heads.get(post.unitCode);
    if (!seen || (post.kelasJabatan ?? 0) > seen.kelas)
      heads.set(post.unitCode, { nip: e.nip, kelas: post.kelasJabatan ?? 0 });
  });
  const byRoot = new Map<string, { employee: number; stint: Stint }[]>();
  const byUnit = new Map<string, { employee: number; stint: Stint }[]>();
  const push = (
    map: Map<string, { employee: number; stint: Stint }[]>,
    key: string,
    entry: { employee: number; stint: Stint },
  ) => {
    const entries = map.get(key);
    if (entries) entries.push(entry);
    else map.set(key, [entry]);
  };
  stints.forEach((list, employee) => {
    for (const stint of list) {
      const entry = { employee, stint };
      push(byRoot, rootOf(stint.position.unitCode), entry);
      push(byUnit, stint.position.unitCode, entry);
    }
  });
  const holding = (
    entries: readonly { employee: number; stint: Stint }[] | undefined,
    day: Day,
    out: number[],
  ) => {
    for (const { employee, stint } of entries ?? []) {
      if (stint.from <= day && (stint.to === null || stint.to >= day)) out.push(employee);
    }
  };
  const byKind = new Map<string, { code: string; name: string }[]>();
  for (const u of data.units) {
    const list = byKind.get(u.kind) ?? [];
    list.push({ code: u.code, name: u.name });
    byKind.set(u.kind, list);
  }
  return {
    employees: data.employees,
    rootOf,
    postOn,
    serviceStart: (employee) => stints[employee]![0]?.from ?? 0,
    unitsOfKind: (kind) => byKind.get(kind) ?? [],
    unitName: (code) => units.get(code)?.name ?? code,
    headOf: (root) => heads.get(root)?.nip ?? null,
    staffOn: (wanted, day) => {
      const out: number[] = [];
      for (const root of new Set(wanted)) holding(byRoot.get(root), day, out);
      return out.sort((a, b) => a - b);
    },
    unitStaffOn: (unitCode, day) => {
      const out: number[] = [];
      holding(byUnit.get(unitCode), day, out);
      return out.sort((a, b) => a - b);
    },
  };
}
