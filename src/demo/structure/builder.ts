import type { UnitDraft } from '../../core/model/drafts.js';
import type { EducationField, EducationLevel } from '../../core/model/education.js';
import type { Eselon, JfLevel, PositionFamily } from '../../core/model/position.js';
import type { UnitKind } from '../../core/model/unit.js';
import type { JfKey } from '../catalog/jf-templates.js';
import type { PelaksanaKey } from '../catalog/pelaksana.js';

/** A unit with what the generator needs to know about it beyond its draft. */
export interface UnitPlan {
  readonly draft: UnitDraft;
  /** Code of the top-level unit (OPD or kecamatan) it belongs to. */
  readonly root: string;
  readonly family: PositionFamily;
  /** Fields of study that fit the unit's work. */
  readonly fields: readonly EducationField[];
  /** Under Dinas Kesehatan (puskesmas and RSUD included). */
  readonly health: boolean;
}

export type ManagerialKind = 'JPT_PRATAMA' | 'ADMINISTRATOR' | 'PENGAWAS';

export type PositionRequest =
  | {
      readonly kind: 'STRUCTURAL';
      readonly unit: UnitPlan;
      readonly slug: string;
      readonly name: string;
      readonly managerial: ManagerialKind;
      readonly eselon: Eselon;
      readonly family: PositionFamily;
      readonly fields: readonly EducationField[];
      readonly minLevel: EducationLevel;
      readonly strategic: boolean;
      readonly forceFilled: boolean;
    }
  | {
      readonly kind: 'JF';
      readonly unit: UnitPlan;
      readonly key: JfKey;
      readonly level: JfLevel;
      readonly seats: number;
      readonly tugasTambahan: string | null;
      readonly name: string | null;
      readonly strategic: boolean;
      /** The seat count is fixed (one head per school), not scaled with the data-set size. */
      readonly fixed: boolean;
    }
  | {
      readonly kind: 'PELAKSANA';
      readonly unit: UnitPlan;
      readonly key: PelaksanaKey;
      readonly seats: number;
    };

export interface StructuralOptions {
  family?: PositionFamily;
  fields?: readonly EducationField[];
  minLevel?: EducationLevel;
  strategic?: boolean;
  forceFilled?: boolean;
}

export interface JfOptions {
  tugasTambahan?: string;
  name?: string;
  strategic?: boolean;
  fixed?: boolean;
}

/** Collects units and the positions they should have, in a stable order. */
export class StructureBuilder {
  readonly units: UnitPlan[] = [];
  readonly requests: PositionRequest[] = [];
  private readonly codes = new Set<string>();

  unit(
    code: string,
    parent: UnitPlan | null,
    name: string,
    kind: UnitKind,
    o: { shortName?: string | null; family?: PositionFamily; fields?: readonly EducationField[] } = {},
  ): UnitPlan {
    if (this.codes.has(code)) throw new Error(`duplicate unit code ${code}`);
    this.codes.add(code);
    const family = o.family ?? parent?.family;
    const fields = o.fields ?? parent?.fields;
    if (!family || !fields) throw new Error(`unit ${code} needs a family and fields`);
    const root = parent ? parent.root : code;
    const plan: UnitPlan = {
      draft: { code, parentCode: parent?.draft.code ?? null, name, shortName: o.shortName ?? null, kind },
      root,
      family,
      fields,
      health: root === 'DINKES',
    };
    this.units.push(plan);
    return plan;
  }

  structural(
    unit: UnitPlan,
    slug: string,
    name: string,
    managerial: ManagerialKind,
    eselon: Eselon,
    o: StructuralOptions = {},
  ): void {
    this.requests.push({
      kind: 'STRUCTURAL',
      unit,
      slug,
      name,
      managerial,
      eselon,
      family: o.family ?? unit.family,
      fields: o.fields ?? unit.fields,
      minLevel: o.minLevel ?? (managerial === 'PENGAWAS' ? 'D3' : 'S1'),
      strategic: o.strategic ?? false,
      forceFilled: o.forceFilled ?? false,
    });
  }

  jf(unit: UnitPlan, [key, level, seats]: readonly [JfKey, JfLevel, number], o: JfOptions = {}): void {
    if (seats <= 0) return;
    this.requests.push({
      kind: 'JF',
      unit,
      key,
      level,
      seats,
      tugasTambahan: o.tugasTambahan ?? null,
      name: o.name ?? null,
      strategic: o.strategic ?? false,
      fixed: o.fixed ?? false,
    });
  }

  /** Pelaksana positions; a key listed twice becomes one position with two seats. */
  staff(unit: UnitPlan, keys: readonly PelaksanaKey[]): void {
    const counts = new Map<PelaksanaKey, number>();
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    for (const [key, seats] of counts) this.requests.push({ kind: 'PELAKSANA', unit, key, seats });
  }
}
