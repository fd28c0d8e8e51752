import { describe, expect, it } from 'vitest';
import { DomainError } from '../core/errors.js';
import { EDUCATION_FIELDS } from '../core/model/education.js';
import { defaultMinimumRank, POSITION_FAMILIES } from '../core/model/position.js';
import { ALLOWED_CHILD_KINDS, ROOT_UNIT_KINDS } from '../core/model/unit.js';
import { ROLES } from '../core/policies/roles.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';
import { DEMO_NOTICE, generateSibolgaDemo } from './generate-sibolga-demo.js';
import { SIBOLGA_KECAMATAN } from './reference/wilayah.js';
import { AS_OF, defaultDataset, indexDataset } from './test-support.js';

const data = defaultDataset();
const ix = indexDataset(data);

describe('generateSibolgaDemo: determinism and options', () => {
  it('gives byte-identical data for the same seed and options', () => {
    expect(JSON.stringify(generateSibolgaDemo({ seed: 1, asOf: AS_OF }))).toBe(JSON.stringify(data));
  });

  it('gives different data for another seed', () => {
    const other = generateSibolgaDemo({ seed: 2, employees: 800, asOf: AS_OF });
    const same = generateSibolgaDemo({ seed: 1, employees: 800, asOf: AS_OF });
    expect(other.employees.map((e) => e.nip)).not.toEqual(same.employees.map((e) => e.nip));
  });

  it('refuses a bad size or date with a domain error', () => {
    expect(() => generateSibolgaDemo({ employees: 10, asOf: AS_OF })).toThrow(DomainError);
    expect(() => generateSibolgaDemo({ employees: 2.5, asOf: AS_OF })).toThrow(DomainError);
    expect(() => generateSibolgaDemo({ asOf: '2026-02-30' as typeof AS_OF })).toThrow(DomainError);
  });

  it('makes about 2,500 employees by default and exactly the number asked', () => {
    expect(data.employees.length).toBeGreaterThanOrEqual(2375);
    expect(data.employees.length).toBeLessThanOrEqual(2625);
    expect(generateSibolgaDemo({ employees: 1200, asOf: AS_OF }).employees).toHaveLength(1200);
  });
});

describe('instansi and units', () => {
  it('is Pemerintah Kota Sibolga and says that the people are fictional', () => {
    expect(data.instansi).toMatchObject({
      code: '5276',
      kind: 'KOTA',
      province: 'Sumatera Utara',
      regionCode: '12.73',
    });
    expect(data.instansi.name).toMatch(/^Pemerintah Kota Sibolga/);
    expect(DEMO_NOTICE).toMatch(/fiktif/);
  });

  it('has unique codes, existing parents and allowed kinds', () => {
    expect(new Set(data.units.map((u) => u.code)).size).toBe(data.units.length);
    for (const u of data.units) {
      if (u.parentCode === null) {
        expect(ROOT_UNIT_KINDS).toContain(u.kind);
        continue;
      }
      const parent = ix.units.get(u.parentCode);
      expect(parent, `${u.code} -> ${u.parentCode}`).toBeDefined();
      expect(ALLOWED_CHILD_KINDS[parent!.kind], `${parent!.kind} > ${u.kind}`).toContain(u.kind);
    }
  });

  it('has the 4 kecamatan with their 17 kelurahan as DOMAIN.md 11.2 lists them', () => {
    const kecamatan = data.units.filter((u) => u.kind === 'KECAMATAN');
    const kelurahan = data.units.filter((u) => u.kind === 'KELURAHAN');
    expect(kecamatan).toHaveLength(4);
    expect(kelurahan).toHaveLength(17);
    for (const kec of SIBOLGA_KECAMATAN) {
      const unit = kecamatan.find((u) => u.name === `Kecamatan ${kec.name}`)!;
      const children = kelurahan.filter((k) => k.parentCode === unit.code).map((k) => k.name);
      expect(children.sort()).toEqual(kec.kelurahan.map((k) => `Kelurahan ${k}`).sort());
    }
  });

  it('has the OPDs, schools, puskesmas and the RSUD under the right parents', () => {
    const opds = data.units.filter((u) => u.kind === 'OPD').map((u) => u.code);
    expect(opds).toHaveLength(25);
    for (const code of ['SETDA', 'BKPSDM', 'DISDIK', 'DINKES', 'DISHUB', 'DISKOMINFO', 'SATPOLPP', 'BPBD']) {
      expect(opds).toContain(code);
    }
    expect(data.units.filter((u) => u.kind === 'SEKOLAH').every((u) => u.parentCode === 'DISDIK')).toBe(true);
    expect(data.units.filter((u) => u.kind === 'SEKOLAH').length).toBeGreaterThanOrEqual(30);
    expect(data.units.filter((u) => u.kind === 'PUSKESMAS').every((u) => u.parentCode === 'DINKES')).toBe(
      true,
    );
    expect(ix.units.get('PKM-SIBOLGA-UTARA')?.kind).toBe('PUSKESMAS');
    expect(ix.units.get('RSUD-FL-TOBING')).toMatchObject({ kind: 'RUMAH_SAKIT', parentCode: 'DINKES' });
    const setdaBagian = data.units.filter((u) => u.parentCode === 'SETDA' && u.kind === 'BAGIAN');
    expect(setdaBagian).toHaveLength(6);
    for (const code of opds.filter((c) => c !== 'SETDA' && c !== 'SETWAN')) {
      expect(ix.units.get(`${code}.SEKRETARIAT`)?.kind, code).toBe('SEKRETARIAT');
      const bidang = data.units.filter((u) => u.parentCode === code && u.kind === 'BIDANG').length;
      expect(bidang, code).toBeGreaterThanOrEqual(2);
      expect(bidang, code).toBeLessThanOrEqual(4);
    }
  });
});

describe('positions', () => {
  it('have unique codes in existing units and consistent grades, ranks and standards', () => {
    expect(new Set(data.positions.map((p) => p.code)).size).toBe(data.positions.length);
    for (const p of data.positions) {
      expect(ix.units.has(p.unitCode), p.code).toBe(true);
      expect(POSITION_FAMILIES).toContain(p.family);
      expect(p.minGolongan).toBe(defaultMinimumRank(p.grade));
      expect(p.seats).toBeGreaterThanOrEqual(1);
      expect(p.kelasJabatan).toBeGreaterThanOrEqual(1);
      expect(p.kelasJabatan).toBeLessThanOrEqual(17);
      const codes = p.competencyStandard.map((s) => s.code);
      expect(codes.slice(0, 9)).toEqual([
        'M.01',
        'M.02',
        'M.03',
        'M.04',
        'M.05',
        'M.06',
        'M.07',
        'M.08',
        'SK.01',
      ]);
      const technical = p.competencyStandard.filter((s) => s.type === 'TECHNICAL');
      expect(technical.length).toBeGreaterThanOrEqual(1);
      expect(technical.length).toBeLessThanOrEqual(3);
      expect(technical.every((s) => s.code.startsWith('T.'))).toBe(true);
      for (const r of p.educationRequirements)
        for (const f of r.fields) expect(EDUCATION_FIELDS).toContain(f);
    }
  });

  it('set competency levels by grade (DOMAIN.md 8.2)', () => {
    const level = (code: string) => ix.positions.get(code)!.competencyStandard[0]!.level;
    expect(level('DINKES/KEPALA')).toBe(4);
    expect(level('DINKES.SEKRETARIAT/SEKRETARIS')).toBe(3);
    expect(level('DINKES.SEKRETARIAT/KASUBBAG-UMPEG')).toBe(2);
    expect(level('DINKES.SEKRETARIAT/PL-UMUM')).toBe(1);
  });

  it('have a JPT pratama head in every OPD, Sekda II.a, and strategic heads', () => {
    for (const opd of data.units.filter((u) => u.kind === 'OPD')) {
      const head = ix.positions.get(`${opd.code}/KEPALA`)!;
      expect(head.grade, opd.code).toMatchObject({
        kind: 'JPT_PRATAMA',
        eselon: opd.code === 'SETDA' ? 'II.a' : 'II.b',
      });
      expect(head.family).toBe('LEADERSHIP');
      expect(head.isStrategic).toBe(true);
    }
    expect(ix.positions.get('KEC-SIBOLGA-UTARA/CAMAT')).toMatchObject({
      isStrategic: true,
      grade: { eselon: 'III.a' },
    });
    expect(ix.positions.get('PKM-SIBOLGA-UTARA/KEPALA-PUSKESMAS')).toMatchObject({
      isStrategic: true,
      tugasTambahan: 'Kepala Puskesmas',
      grade: { kind: 'JF' },
    });
  });

  it('ask for the education the job needs', () => {
    const req = (pred: (name: string) => boolean) =>
      data.positions.filter((p) => pred(p.name)).map((p) => p.educationRequirements[0]!);
    expect(
      req((n) => n.startsWith('Dokter Ahli')).every(
        (r) => r.minLevel === 'S1' && r.fields.includes('HEALTH_MEDICINE'),
      ),
    ).toBe(true);
    expect(
      req((n) => n.startsWith('Perawat Terampil')).every(
        (r) => r.minLevel === 'D3' && r.fields[0] === 'HEALTH_NURSING',
      ),
    ).toBe(true);
    expect(
      req((n) => n.startsWith('Guru Kelas')).every(
        (r) => r.minLevel === 'S1' && r.fields.includes('EDUCATION'),
      ),
    ).toBe(true);
    expect(req((n) => n.startsWith('Pranata Komputer')).every((r) => r.fields[0] === 'IT')).toBe(true);
    expect(
      req((n) => n === 'Pengadministrasi Umum').every((r) => r.minLevel === 'SMA' && r.fields.length === 0),
    ).toBe(true);
  });

  it('number about 1,000-1,500 at the default size, with Pranata Komputer outside Diskominfo too', () => {
    expect(data.positions.length).toBeGreaterThan(900);
    expect(data.positions.length).toBeLessThan(1600);
    const prakom = data.positions
      .filter((p) => p.name.startsWith('Pranata Komputer'))
      .map((p) => ix.rootOf(p.unitCode));
    expect(new Set(prakom).size).toBeGreaterThan(3);
  });
});

describe('users', () => {
  it('cover every role and point at existing employees and units', () => {
    expect(new Set(data.users.map((u) => u.role))).toEqual(new Set(ROLES));
    expect(data.users.map((u) => u.username).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.username).sort());
    const nips = new Set(data.employees.map((e) => e.nip));
    for (const u of data.users) {
      if (u.employeeNip) expect(nips.has(u.employeeNip)).toBe(true);
      for (const code of u.unitCodes) expect(ix.units.has(code)).toBe(true);
    }
    expect(data.users.find((u) => u.username === 'walikota')).toMatchObject({
      role: 'PPK',
      displayName: 'Drs. Halomoan Situmeang, M.Si.',
    });
    expect(data.users.find((u) => u.username === 'kadis.kesehatan')?.unitCodes).toEqual(['DINKES']);
    expect(DEMO_PASSWORD).toBe('sibolga2026');
  });

  it('give the pegawai account to a nurse working as pelaksana outside the health units', () => {
    const pegawai = data.users.find((u) => u.role === 'EMPLOYEE')!;
    const e = data.employees.find((x) => x.nip === pegawai.employeeNip)!;
    const post = ix.current(e);
    expect(e.education.at(-1)?.field).toBe('HEALTH_NURSING');
    expect(post.grade.kind).toBe('PELAKSANA');
    expect(ix.rootOf(post.unitCode)).toBe('DISHUB');
    expect(e.status).toBe('ACTIVE');
  });

  it('give the review board three accounts, each the official who holds its post', () => {
    const board = data.users.filter((u) => u.role === 'REVIEW_BOARD');
    expect(board.map((u) => u.username)).toEqual(['tpk', 'tpk2', 'tpk3']);
    const posts = ['SETDA/KEPALA', 'SETDA/ASISTEN-1', 'INSPEKTORAT/KEPALA'];
    board.forEach((u, i) => {
      const holder = data.employees.find((e) => e.nip === u.employeeNip)!;
      expect(holder.positionHistory.at(-1)?.positionCode).toBe(posts[i]);
      expect(u.displayName).toContain(holder.name);
    });
    // Only the pegawai and the board name an employee.
    expect(
      data.users
        .filter((u) => u.employeeNip)
        .map((u) => u.role)
        .sort(),
    ).toEqual(['EMPLOYEE', 'REVIEW_BOARD', 'REVIEW_BOARD', 'REVIEW_BOARD']);
  });

  it('name the OPD heads after the people who hold the posts', () => {
    const kadis = data.users.find((u) => u.username === 'kadis.kesehatan')!;
    const holder = data.employees.find((e) => e.positionHistory.at(-1)?.positionCode === 'DINKES/KEPALA')!;
    expect(kadis.displayName).toContain(holder.name);
  });
});
