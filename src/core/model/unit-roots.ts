/** A unit as the tree walk needs it. */
export interface UnitLink {
  readonly id: number;
  readonly parentId: number | null;
  readonly name: string;
}

/**
 * The top-level unit (OPD, kecamatan) of every unit: the board filters its agenda by it, since a
 * destination post sits in a bidang or a school while the question is "which OPD". A unit whose chain
 * breaks or loops (bad data) is its own root rather than an endless walk.
 * @example unitRoots([{ id: 1, parentId: null, name: 'Dinas Kesehatan' }, { id: 2, parentId: 1, name: 'Bidang P2P' }])
 *   .get(2) // { id: 1, name: 'Dinas Kesehatan' }
 */
export function unitRoots(units: readonly UnitLink[]): Map<number, { id: number; name: string }> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const roots = new Map<number, { id: number; name: string }>();
  const rootOf = (unit: UnitLink): { id: number; name: string } => {
    const known = roots.get(unit.id);
    if (known) return known;
    const chain: UnitLink[] = [];
    const seen = new Set<number>();
    let at: UnitLink = unit;
    while (at.parentId !== null && byId.has(at.parentId) && !seen.has(at.id)) {
      seen.add(at.id);
      chain.push(at);
      const cached = roots.get(at.parentId);
      if (cached) {
        for (const u of chain) roots.set(u.id, cached);
        return cached;
      }
      at = byId.get(at.parentId)!;
    }
    const root = { id: at.id, name: at.name };
    for (const u of [...chain, at]) roots.set(u.id, root);
    return root;
  };
  for (const u of units) rootOf(u);
  return roots;
}
