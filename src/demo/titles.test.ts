import { describe, expect, it } from 'vitest';
import type { Education } from '../core/model/education.js';
import { majorByName } from './reference/majors.js';
import { titlesOf } from './titles.js';

function titles(entries: readonly [major: string, year: number][], gender: 'M' | 'F' = 'F') {
  const majors = entries.map(([m]) => majorByName(m));
  const history: Education[] = entries.map(([m, year], i) => ({
    level: majors[i]!.level,
    field: majors[i]!.field,
    major: m,
    institution: 'Universitas Sumatera Utara',
    graduationYear: year,
  }));
  return titlesOf(history, majors, gender);
}

describe('titlesOf', () => {
  it('writes doctors, specialists and nurses the way SKs do', () => {
    expect(
      titles([
        ['SMA IPA', 2000],
        ['S1 Pendidikan Dokter', 2006],
        ['S2 Ilmu Penyakit Dalam', 2014],
      ]),
    ).toEqual({
      frontTitle: 'dr.',
      backTitle: 'Sp.PD.',
    });
    expect(
      titles([
        ['SMA IPA', 2004],
        ['D3 Keperawatan', 2007],
        ['S1 Keperawatan', 2015],
      ]),
    ).toEqual({
      frontTitle: 'Ns.',
      backTitle: 'S.Kep.',
    });
    expect(
      titles([
        ['SMA IPS', 2004],
        ['D3 Akuntansi', 2007],
      ]),
    ).toEqual({ frontTitle: null, backTitle: 'A.Md.Ak.' });
    expect(titles([['SMA IPS', 2004]])).toEqual({ frontTitle: null, backTitle: null });
  });

  it('uses Drs./Dra. and Ir. for S1 graduates before 1994 and Dr. for a doctorate', () => {
    expect(
      titles(
        [
          ['SMA IPS', 1986],
          ['S1 Ilmu Administrasi Negara', 1991],
        ],
        'M',
      ),
    ).toEqual({ frontTitle: 'Drs.', backTitle: null });
    expect(
      titles(
        [
          ['SMA IPS', 1986],
          ['S1 Ilmu Administrasi Negara', 1991],
        ],
        'F',
      ),
    ).toEqual({ frontTitle: 'Dra.', backTitle: null });
    expect(
      titles([
        ['SMA IPA', 1986],
        ['S1 Teknik Sipil', 1992],
      ]),
    ).toEqual({ frontTitle: 'Ir.', backTitle: null });
    expect(
      titles([
        ['S1 Manajemen', 1995],
        ['S2 Magister Manajemen', 2005],
        ['S3 Ilmu Manajemen', 2015],
      ]),
    ).toEqual({
      frontTitle: 'Dr.',
      backTitle: 'S.E., M.M.',
    });
  });
});
