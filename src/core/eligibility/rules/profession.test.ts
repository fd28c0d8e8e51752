import { describe, expect, it } from 'vitest';
import {
  AS_OF,
  buildCandidate,
  buildContext,
  buildPost,
  d,
  outcome,
  ruleResult,
} from '../../matching/testing/factories.js';
import type { Education, EducationLevel } from '../../model/education.js';
import { majorName } from '../../model/major-catalog.js';
import type { JfCategory } from '../../model/position.js';
import { type Licence, type LicenceKind, PROFESSIONS, type Profession } from '../../model/profession.js';
import { PROFESSION_RULES } from '../../model/profession-rules.js';

const LEVEL_ABOVE: Partial<Record<EducationLevel, EducationLevel>> = { D3: 'D3', S1: 'S1', S2: 'S2' };
const jf = (jfCategory: JfCategory) =>
  ({ kind: 'JF', jfCategory, jfLevel: jfCategory === 'KEAHLIAN' ? 'AHLI_PERTAMA' : 'TERAMPIL' }) as const;
const degree = (level: EducationLevel, name: string): Education => ({
  level,
  field: 'GENERAL',
  major: `${level} ${name}`,
  institution: 'Universitas Uji',
  graduationYear: 2010,
});
let nextId = 1;
const licence = (kind: LicenceKind, profession: Profession, validUntil: string | null = null): Licence => ({
  id: nextId++,
  kind,
  number: `${kind}-${nextId}`,
  profession,
  issuedOn: d('2015-01-01'),
  validUntil: validUntil === null ? null : d(validUntil),
});

/** A person holding the profession's first qualification and, when asked, all its licences. */
function qualified(p: Profession, opts: { licensed: boolean; education?: Education }) {
  const q = PROFESSION_RULES[p].qualifications[0]!;
  const level = LEVEL_ABOVE[q.minLevel] ?? q.minLevel;
  const education =
    opts.education ?? degree(level, q.majors[0] ? majorName(q.majors[0]) : 'Pendidikan Matematika');
  return buildCandidate(
    {},
    {
      golongan: q.track === 'KETERAMPILAN' ? 23 : 31,
      education: [education],
      licences: opts.licensed ? PROFESSION_RULES[p].licences.map((k) => licence(k, p)) : [],
    },
  );
}

const postOf = (p: Profession) => {
  const q = PROFESSION_RULES[p].qualifications[0]!;
  return buildPost({
    grade: jf(q.track ?? 'KEAHLIAN'),
    profession: p,
    family: p === 'GURU' ? 'EDUCATION_TEACHING' : 'HEALTH_MEDICAL',
    educationRequirements: [
      p === 'GURU'
        ? { minLevel: 'S1', fields: ['EDUCATION'], majors: ['PENDIDIKAN_MATEMATIKA'] }
        : { minLevel: q.minLevel, fields: [], majors: q.majors },
    ],
  });
};

describe('regulated professions (DOMAIN.md 15.1), one row per profession', () => {
  for (const p of PROFESSIONS) {
    const rule = PROFESSION_RULES[p];
    it(`${p}: unqualified is blocked with ${rule.citation.regulation}; qualified and licensed passes`, () => {
      const manager = buildCandidate(); // S1 Manajemen, no licence
      const r = ruleResult('R-PROFESI', manager, postOf(p));
      expect(r?.status).toBe('BLOCK');
      expect(r?.citation.regulation).toMatch(p === 'GURU' ? /UU 14\/2005/ : /UU 17\/2023/);
      expect(r?.message.id).toContain(rule.citation.regulation);

      expect(outcome('R-PROFESI', qualified(p, { licensed: true }), postOf(p))).toBe('PASS');
      expect(outcome('R-PROFESI-LISENSI', qualified(p, { licensed: true }), postOf(p))).toBe('PASS');
    });

    it(`${p}: qualified without a valid licence is blocked, naming the licence`, () => {
      const r = ruleResult('R-PROFESI-LISENSI', qualified(p, { licensed: false }), postOf(p));
      expect(r?.status).toBe('BLOCK');
      expect(r?.evidence.missing).toBe(rule.licences.join(', '));
    });
  }

  it('a physician is not a dentist, and a dentist is not a physician', () => {
    const physician = qualified('DOKTER', { licensed: true });
    const dentist = qualified('DOKTER_GIGI', { licensed: true });
    expect(outcome('R-PROFESI', physician, postOf('DOKTER_GIGI'))).toBe('BLOCK');
    expect(outcome('R-PROFESI', dentist, postOf('DOKTER'))).toBe('BLOCK');
  });

  it("a PGSD graduate is a class teacher, not a mathematics teacher (the post's subject)", () => {
    const pgsd = qualified('GURU', {
      licensed: true,
      education: degree('S1', 'Pendidikan Guru Sekolah Dasar'),
    });
    expect(outcome('R-PROFESI', pgsd, postOf('GURU'))).toBe('BLOCK');
    expect(outcome('R-EDU-FIELD', pgsd, postOf('GURU'))).toBe('BLOCK');
    const guruKelas = buildPost({
      grade: jf('KEAHLIAN'),
      profession: 'GURU',
      family: 'EDUCATION_TEACHING',
      educationRequirements: [{ minLevel: 'S1', fields: ['EDUCATION'], majors: ['PGSD'] }],
    });
    expect(outcome('R-PROFESI', pgsd, guruKelas)).toBe('PASS');
  });

  it('a D3 nurse qualifies for the skill track only; the expert track needs S1 Keperawatan', () => {
    const d3 = qualified('PERAWAT', { licensed: true });
    const expertPost = buildPost({
      grade: jf('KEAHLIAN'),
      profession: 'PERAWAT',
      family: 'HEALTH_NURSING',
      educationRequirements: [{ minLevel: 'S1', fields: ['HEALTH_NURSING'] }],
    });
    expect(outcome('R-PROFESI', d3, postOf('PERAWAT'))).toBe('PASS');
    expect(outcome('R-PROFESI', d3, expertPost)).toBe('BLOCK');
    const s1 = qualified('PERAWAT', { licensed: true, education: degree('S1', 'Keperawatan') });
    expect(outcome('R-PROFESI', s1, expertPost)).toBe('PASS');
  });

  it('judges the licence on the date of the move: valid today, expired on the TMT is blocked', () => {
    const base = qualified('APOTEKER', { licensed: false });
    const withSip = (until: string) =>
      buildCandidate(
        {},
        {
          ...base.employee,
          licences: [licence('STR', 'APOTEKER'), licence('SIP', 'APOTEKER', until)],
        },
      );
    const post = postOf('APOTEKER');
    expect(outcome('R-PROFESI-LISENSI', withSip('2027-01-31'), post)).toBe('PASS');
    const onTmt = buildContext({ asOf: d('2027-02-01') });
    expect(outcome('R-PROFESI-LISENSI', withSip('2027-01-31'), post, onTmt)).toBe('BLOCK');
    expect(outcome('R-PROFESI-LISENSI', withSip(AS_OF), post)).toBe('PASS');
  });

  it("an STR of another profession does not license the post (a nurse's STR is no midwife's)", () => {
    const nurse = qualified('PERAWAT', { licensed: true });
    const midwifePost = postOf('BIDAN');
    const r = ruleResult('R-PROFESI-LISENSI', nurse, midwifePost);
    expect(r?.status).toBe('BLOCK');
  });

  it('a post without a profession asks for neither', () => {
    expect(outcome('R-PROFESI', buildCandidate(), buildPost())).toBe('PASS');
    expect(outcome('R-PROFESI-LISENSI', buildCandidate(), buildPost())).toBe('PASS');
  });
});
