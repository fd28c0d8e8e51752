import type { OpdSpec } from '../catalog/opd-spec.js';
import { AGENCY_OPDS } from '../catalog/opds-agencies.js';
import { COMMUNITY_SERVICE_OPDS } from '../catalog/opds-community-services.js';
import { ECONOMY_INFRASTRUCTURE_OPDS } from '../catalog/opds-economy-infrastructure.js';
import { SECRETARIAT_OPDS } from '../catalog/opds-secretariats.js';
import type { Random } from '../random.js';
import { StructureBuilder, type UnitPlan } from './builder.js';
import { addOpd } from './opds.js';
import { addKecamatan, addPuskesmas, addRsud, addSchools } from './service-units.js';

/** Size of the default data set; schools, puskesmas and UPTD scale with employees / this. */
export const BASE_EMPLOYEES = 2500;

/** National profile, 31 Dec 2021 (DOMAIN.md 11.3): share of structural posts among ASN. */
export const STRUCTURAL_SHARE = 0.11;

/** Order of the OPDs in the tree, as the Perda on perangkat daerah usually lists them. */
const OPD_ORDER = [
  'SETDA',
  'SETWAN',
  'INSPEKTORAT',
  'BAPPEDA',
  'BPKPD',
  'BKPSDM',
  'DISDIK',
  'DINKES',
  'DINSOS',
  'DPUPR',
  'DPKPP',
  'DLH',
  'DISKAN',
  'DISKOPUKMDAG',
  'DISPAR',
  'DISPORA',
  'DISHUB',
  'DISDUKCAPIL',
  'DISKOMINFO',
  'DISPUSIP',
  'DPMPTSP',
  'DPPKB',
  'SATPOLPP',
  'BPBD',
  'KESBANGPOL',
];

const ALL_OPDS = [
  ...SECRETARIAT_OPDS,
  ...AGENCY_OPDS,
  ...COMMUNITY_SERVICE_OPDS,
  ...ECONOMY_INFRASTRUCTURE_OPDS,
];

export const OPD_SPECS: readonly OpdSpec[] = OPD_ORDER.map((code) => {
  const spec = ALL_OPDS.find((s) => s.code === code);
  if (!spec) throw new Error(`no OPD spec for ${code}`);
  return spec;
});

/**
 * The unit tree of Pemerintah Kota Sibolga and the positions each unit should have. At the default
 * size it has 30 SD, 6 SMP and 6 puskesmas; a larger data set gets proportionally more schools and
 * puskesmas, and enough invented UPTD (each with a head and a Kasubbag TU) that structural posts
 * stay near {@link STRUCTURAL_SHARE} of all seats.
 */
export function buildStructure(rng: Random, employees: number, totalSeats: number): StructureBuilder {
  const scale = employees / BASE_EMPLOYEES;
  const b = new StructureBuilder();
  const roots = new Map<string, UnitPlan>();
  for (const spec of OPD_SPECS) {
    const root = addOpd(b, spec);
    roots.set(spec.code, root);
    if (spec.code === 'DISDIK') {
      addSchools(b, root, rng, Math.max(3, Math.round(30 * scale)), Math.max(1, Math.round(6 * scale)));
    }
    if (spec.code === 'DINKES') {
      addRsud(b, root);
      addPuskesmas(b, root, rng, Math.max(2, Math.round(6 * scale)));
    }
  }
  addKecamatan(b);
  const structural = b.requests.filter((r) => r.kind === 'STRUCTURAL').length;
  const missing = Math.round(STRUCTURAL_SHARE * totalSeats) - structural;
  if (missing > 0) addUpts(b, roots, Math.ceil(missing / 2));
  return b;
}

/** Invented UPTD, spread over the OPDs that run them: `UPTD Pasar 12` under Diskopukmdag. */
function addUpts(b: StructureBuilder, roots: Map<string, UnitPlan>, count: number): void {
  const kinds = OPD_SPECS.flatMap((spec) => spec.upt.map((name) => ({ spec, name })));
  const perOpd = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const { spec, name } = kinds[i % kinds.length]!;
    const root = roots.get(spec.code)!;
    const n = (perOpd.get(spec.code) ?? 0) + 1;
    perOpd.set(spec.code, n);
    const unitName = `${name} ${Math.floor(i / kinds.length) + 1}`;
    const unit = b.unit(`${spec.code}.UPT-${n}`, root, unitName, 'UPT');
    b.structural(unit, 'KEPALA', `Kepala ${unitName}`, 'PENGAWAS', 'IV.a', { minLevel: 'D3' });
    b.structural(unit, 'KASUBBAG-TU', 'Kepala Subbagian Tata Usaha', 'PENGAWAS', 'IV.b', {
      family: 'GENERAL_ADMIN',
    });
    b.staff(unit, ['UMUM', spec.uptStaff, spec.uptStaff]);
  }
}
