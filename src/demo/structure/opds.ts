import type { EducationField } from '../../core/model/education.js';
import type { OpdSpec } from '../catalog/opd-spec.js';
import type { StructureBuilder, UnitPlan } from './builder.js';

const ADMIN_FIELDS: readonly EducationField[] = [
  'SOCIAL_GOVERNMENT',
  'MANAGEMENT',
  'ECONOMICS',
  'ACCOUNTING',
  'LAW',
];
const FINANCE_FIELDS: readonly EducationField[] = ['ACCOUNTING', 'ECONOMICS', 'MANAGEMENT'];
const HEALTH_HEAD_FIELDS: readonly EducationField[] = ['HEALTH_MEDICINE', 'HEALTH_PUBLIC'];
const EDUCATION_HEAD_FIELDS: readonly EducationField[] = ['EDUCATION'];

/** Heads the demo accounts and the review board need: never left vacant. */
const ALWAYS_FILLED = new Set(['SETDA', 'BKPSDM', 'DINKES', 'DISDIK', 'INSPEKTORAT']);

const ASISTEN = [
  'Asisten Pemerintahan dan Kesejahteraan Rakyat',
  'Asisten Perekonomian dan Pembangunan',
  'Asisten Administrasi Umum',
];
const STAF_AHLI = [
  'Staf Ahli Wali Kota Bidang Pemerintahan, Hukum dan Politik',
  'Staf Ahli Wali Kota Bidang Ekonomi, Keuangan dan Pembangunan',
  'Staf Ahli Wali Kota Bidang Kemasyarakatan dan Sumber Daya Manusia',
];

function union(a: readonly EducationField[], b: readonly EducationField[]): readonly EducationField[] {
  return [...new Set([...a, ...b])];
}

/**
 * Adds one OPD: the head (JPT pratama), its Sekretariat (Sekretaris, two Kasubbag, staff), and its
 * bidang or bagian with their heads, the one remaining seksi, JF and pelaksana.
 */
export function addOpd(b: StructureBuilder, spec: OpdSpec): UnitPlan {
  const root = b.unit(spec.code, null, spec.name, 'OPD', {
    shortName: spec.shortName,
    family: spec.family,
    fields: spec.fields,
  });
  // The heads of the health and education offices come from their service (DOMAIN.md 15.1).
  const headFields =
    spec.code === 'DINKES'
      ? HEALTH_HEAD_FIELDS
      : spec.code === 'DISDIK'
        ? EDUCATION_HEAD_FIELDS
        : union(spec.fields, ['SOCIAL_GOVERNMENT', 'MANAGEMENT']);
  b.structural(root, 'KEPALA', spec.head, 'JPT_PRATAMA', spec.eselon, {
    family: 'LEADERSHIP',
    fields: headFields,
    strategic: true,
    forceFilled: ALWAYS_FILLED.has(spec.code),
  });
  if (spec.code === 'SETDA') {
    ASISTEN.forEach((name, i) => {
      b.structural(root, `ASISTEN-${i + 1}`, name, 'JPT_PRATAMA', 'II.b', {
        family: 'LEADERSHIP',
        fields: headFields,
        strategic: true,
        forceFilled: i === 0,
      });
    });
    STAF_AHLI.forEach((name, i) => {
      b.structural(root, `STAF-AHLI-${i + 1}`, name, 'JPT_PRATAMA', 'II.b', {
        family: 'LEADERSHIP',
        fields: headFields,
      });
    });
  }
  if (spec.secretariat) {
    const sek = b.unit(`${spec.code}.SEKRETARIAT`, root, `Sekretariat ${spec.name}`, 'SEKRETARIAT', {
      shortName: 'Sekretariat',
      family: 'GENERAL_ADMIN',
      fields: ADMIN_FIELDS,
    });
    b.structural(sek, 'SEKRETARIS', `Sekretaris ${spec.name}`, 'ADMINISTRATOR', 'III.a', {
      fields: union(ADMIN_FIELDS, spec.fields),
      strategic: true,
    });
    b.structural(sek, 'KASUBBAG-UMPEG', 'Kepala Subbagian Umum dan Kepegawaian', 'PENGAWAS', 'IV.a');
    b.structural(sek, 'KASUBBAG-KEUANGAN', 'Kepala Subbagian Perencanaan dan Keuangan', 'PENGAWAS', 'IV.a', {
      family: 'FINANCE',
      fields: FINANCE_FIELDS,
    });
    for (const seat of spec.jf) b.jf(sek, seat);
    b.staff(sek, [
      'UMUM',
      'UMUM',
      'PERSURATAN',
      'KEUANGAN',
      'BENDAHARA',
      'BMD',
      'KEPEGAWAIAN',
      'PENGEMUDI',
      'PROGRAM',
    ]);
  } else {
    for (const seat of spec.jf) b.jf(root, seat);
  }
  for (const d of spec.divisions) {
    const unit = b.unit(`${spec.code}.${d.slug}`, root, d.name, d.kind, {
      family: d.family,
      fields: d.fields,
    });
    const isBagian = d.kind === 'BAGIAN';
    const headName = d.name.startsWith('Inspektur') ? d.name : `Kepala ${d.name}`;
    b.structural(
      unit,
      isBagian ? 'KABAG' : 'KABID',
      headName,
      'ADMINISTRATOR',
      isBagian ? 'III.a' : 'III.b',
      {
        strategic: spec.service,
      },
    );
    if (d.section) {
      const slug = d.section.startsWith('Seksi')
        ? 'KASI'
        : d.section.startsWith('Subbidang')
          ? 'KASUBBID'
          : 'KASUBBAG';
      b.structural(unit, slug, `Kepala ${d.section}`, 'PENGAWAS', 'IV.a');
    }
    for (const seat of d.jf) b.jf(unit, seat);
    b.staff(unit, d.staff);
  }
  return root;
}
