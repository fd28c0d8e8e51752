import type { EducationField } from '../../core/model/education.js';
import type { JfLevel, PositionFamily } from '../../core/model/position.js';
import type { JfKey } from './jf-templates.js';
import type { PelaksanaKey } from './pelaksana.js';

/** A JF position in a unit: template, level, seats at the default size (2,500 employees). */
export type JfSeat = readonly [JfKey, JfLevel, number];

/** A bidang (dinas/badan) or bagian (sekretariat daerah/DPRD) of an OPD. */
export interface DivisionSpec {
  readonly slug: string;
  readonly name: string;
  readonly kind: 'BIDANG' | 'BAGIAN';
  readonly family: PositionFamily;
  readonly fields: readonly EducationField[];
  /** The one seksi/subbagian kept after the 2019-2022 simplification, or null. */
  readonly section: string | null;
  readonly jf: readonly JfSeat[];
  readonly staff: readonly PelaksanaKey[];
}

export interface OpdSpec {
  readonly code: string;
  readonly name: string;
  readonly shortName: string;
  /** Title of the head's position, e.g. `Kepala Dinas Kesehatan`. */
  readonly head: string;
  readonly eselon: 'II.a' | 'II.b';
  readonly family: PositionFamily;
  readonly fields: readonly EducationField[];
  /** A service OPD: its Kepala Bidang posts are strategic. */
  readonly service: boolean;
  /** Whether it has a Sekretariat (Setda and Setwan do not: they are secretariats). */
  readonly secretariat: boolean;
  readonly divisions: readonly DivisionSpec[];
  /** JF seats in the Sekretariat (or the OPD itself). */
  readonly jf: readonly JfSeat[];
  /** Kinds of UPTD invented when a large data set needs more units, e.g. `UPTD Pasar`. */
  readonly upt: readonly string[];
  readonly uptStaff: PelaksanaKey;
}

export const AP = 'AHLI_PERTAMA';
export const AM = 'AHLI_MUDA';
export const AMD = 'AHLI_MADYA';
export const PM = 'PEMULA';
export const T = 'TERAMPIL';
export const M = 'MAHIR';
export const PY = 'PENYELIA';

interface DivisionOptions {
  family?: PositionFamily;
  fields?: readonly EducationField[];
  section?: string | null;
  jf?: readonly JfSeat[];
  staff?: readonly PelaksanaKey[];
  kind?: 'BIDANG' | 'BAGIAN';
}

type OpdOptions = Omit<OpdSpec, 'divisions' | 'jf' | 'upt' | 'uptStaff' | 'secretariat' | 'eselon'> & {
  divisions: readonly ((opd: {
    family: PositionFamily;
    fields: readonly EducationField[];
  }) => DivisionSpec)[];
  jf?: readonly JfSeat[];
  upt?: readonly string[];
  uptStaff?: PelaksanaKey;
  secretariat?: boolean;
  eselon?: 'II.a' | 'II.b';
};

/** A division whose family and fields default to its OPD's. */
export function div(slug: string, name: string, o: DivisionOptions = {}) {
  return (opd: { family: PositionFamily; fields: readonly EducationField[] }): DivisionSpec => ({
    slug,
    name,
    kind: o.kind ?? 'BIDANG',
    family: o.family ?? opd.family,
    fields: o.fields ?? opd.fields,
    section: o.section ?? null,
    jf: o.jf ?? [],
    staff: o.staff ?? ['UMUM', 'DATA'],
  });
}

export function opd(o: OpdOptions): OpdSpec {
  return {
    ...o,
    eselon: o.eselon ?? 'II.b',
    secretariat: o.secretariat ?? true,
    divisions: o.divisions.map((d) => d(o)),
    jf: o.jf ?? [],
    upt: o.upt ?? [],
    uptStaff: o.uptStaff ?? 'OPERATOR',
  };
}
