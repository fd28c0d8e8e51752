import type { Action } from '../../../src/core/policies/actions';
import type { UnitNodeDto } from '../api/types';

export interface UnitTreeNode extends UnitNodeDto {
  readonly children: UnitTreeNode[];
  readonly depth: number;
}

/** The flat unit list (with parent ids) as a tree; siblings by code, so the order follows the Perwal. */
export function buildUnitTree(units: readonly UnitNodeDto[]): UnitTreeNode[] {
  const byParent = new Map<number | null, UnitNodeDto[]>();
  const ids = new Set(units.map((u) => u.id));
  for (const u of units) {
    const parent = u.parentId !== null && ids.has(u.parentId) ? u.parentId : null;
    const list = byParent.get(parent) ?? [];
    list.push(u);
    byParent.set(parent, list);
  }
  const build = (parent: number | null, depth: number): UnitTreeNode[] =>
    (byParent.get(parent) ?? [])
      .sort((a, b) => a.code.localeCompare(b.code, 'id', { numeric: true }))
      .map((u) => ({ ...u, depth, children: build(u.id, depth + 1) }));
  return build(null, 0);
}

/** TreeSelect data: value = unit id, searchable by name and code. */
export interface UnitOption {
  value: number;
  title: string;
  search: string;
  children?: UnitOption[];
}

export function toUnitOptions(tree: readonly UnitTreeNode[]): UnitOption[] {
  return tree.map((u) => {
    const option: UnitOption = {
      value: u.id,
      title: u.name,
      search: `${u.name} ${u.shortName ?? ''} ${u.code}`.toLowerCase(),
    };
    if (u.children.length > 0) option.children = toUnitOptions(u.children);
    return option;
  });
}

/** Keeps the units whose name or code matches, with their ancestors (so the tree still reads). */
export function filterUnitTree(tree: readonly UnitTreeNode[], query: string): UnitTreeNode[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...tree];
  const out: UnitTreeNode[] = [];
  for (const u of tree) {
    const children = filterUnitTree(u.children, q);
    const hit = `${u.name} ${u.shortName ?? ''} ${u.code}`.toLowerCase().includes(q);
    if (hit || children.length > 0)
      out.push({ ...u, children: hit && children.length === 0 ? u.children : children });
  }
  return out;
}

/**
 * The units a picker may offer for a purpose: those the server says the caller may take the action
 * on (an OPD head: their own units). A unit whose parent is not offered becomes a root of the tree.
 */
export function choosableUnits(units: readonly UnitNodeDto[], purpose: Action): UnitNodeDto[] {
  return units.filter((u) => u.actions.includes(purpose));
}

/**
 * The one unit to preselect when the caller may choose only one subtree of the instansi (an OPD head
 * and their dinas); undefined when they may choose more, or everything.
 */
export function onlyChoice(units: readonly UnitNodeDto[], purpose: Action): number | undefined {
  const choosable = choosableUnits(units, purpose);
  if (choosable.length === 0 || choosable.length === units.length) return undefined;
  const roots = buildUnitTree(choosable);
  return roots.length === 1 ? roots[0]!.id : undefined;
}
