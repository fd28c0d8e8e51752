import type { Kysely } from 'kysely';
import { listOrganisationRefs } from '../../store/repositories/import-organisation.js';
import type { Database } from '../../store/schema.js';

const key = (s: string) => s.trim().toUpperCase().replace(/\s+/g, ' ');

export interface OrganisationLookup {
  readonly units: ReadonlyMap<string, { readonly id: number; readonly code: string; readonly name: string }>;
  /** A unit by code, else by name (case and spacing ignored); null when unknown or ambiguous. */
  unit(ref: string): { id: number; code: string } | 'AMBIGUOUS' | null;
  /** A position by code. */
  positionByCode(code: string): { id: number; code: string } | null;
  /** Positions by name, optionally inside one unit. */
  positionsByName(name: string, unitId: number | null): readonly { id: number; code: string }[];
}

/** Units and positions of an instansi, loaded once, for resolving the references of a file. */
export async function loadOrganisation(
  db: Kysely<Database>,
  instansiId: number,
): Promise<OrganisationLookup> {
  const { units, positions } = await listOrganisationRefs(db, instansiId);
  const unitByCode = new Map(units.map((u) => [key(u.code), u]));
  // Many positions share a name (Pelaksana, Perawat...): append in place, never copy the list.
  const group = <T extends { name: string }>(items: readonly T[]) => {
    const out = new Map<string, T[]>();
    for (const item of items) {
      const k = key(item.name);
      const list = out.get(k);
      if (list) list.push(item);
      else out.set(k, [item]);
    }
    return out;
  };
  const unitsByName = group(units);
  const positionByCode = new Map(positions.map((p) => [key(p.code), p]));
  const positionsByName = group(positions);
  return {
    units: new Map(units.map((u) => [u.code, u])),
    unit(ref) {
      const byCode = unitByCode.get(key(ref));
      if (byCode) return byCode;
      const named = unitsByName.get(key(ref)) ?? [];
      return named.length === 1 ? named[0]! : named.length > 1 ? 'AMBIGUOUS' : null;
    },
    positionByCode: (code) => positionByCode.get(key(code)) ?? null,
    positionsByName: (name, unitId) =>
      (positionsByName.get(key(name)) ?? []).filter((p) => unitId === null || p.unitId === unitId),
  };
}
