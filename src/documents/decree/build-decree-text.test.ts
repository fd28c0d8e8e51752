import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../core/model/local-date.js';
import {
  buildDecreeText,
  DECREE_SUBJECTS,
  DEFAULT_OPD_REGULATION,
  decreeTitle,
  titleCase,
} from './build-decree-text.js';
import { considerationLetter, diktumLabel } from './diktum-labels.js';

describe('buildDecreeText', () => {
  it('cites the regulation stack of DOMAIN.md 1.1 in the order of 10.1', () => {
    const { legalBases } = buildDecreeText();
    const at = (text: string) => legalBases.findIndex((b) => b.includes(text));
    expect(at('Nomor 27 Tahun 2024 tentang Kota Sibolga')).toBe(0);
    expect(at('Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara')).toBe(1);
    expect(at('Nomor 23 Tahun 2014 tentang Pemerintahan Daerah')).toBe(2);
    expect(at('Nomor 30 Tahun 2014 tentang Administrasi Pemerintahan')).toBe(3);
    expect(legalBases[4]).toContain('Peraturan Pemerintah Nomor 11 Tahun 2017');
    expect(legalBases[4]).toContain('diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020');
    expect(at('Peraturan Badan Kepegawaian Negara Nomor 5 Tahun 2019')).toBe(5);
    expect(legalBases.at(-1)).toBe(`${DEFAULT_OPD_REGULATION}.`);
    expect(legalBases.slice(0, -1).every((b) => b.endsWith(';'))).toBe(true);
    expect(at('Nomor 94 Tahun 2021')).toBe(-1);
  });

  it('adds PP 94/2021 only for a move that follows a disciplinary penalty', () => {
    const { legalBases } = buildDecreeText({ disciplinary: true });
    expect(legalBases).toContain(
      'Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil;',
    );
  });

  it('takes the configurable citations and cites the board minutes', () => {
    const text = buildDecreeText({
      kind: 'JPT_PRATAMA',
      opdRegulation: 'Peraturan Daerah Kota Sibolga Nomor 9 Tahun 2099 tentang Perangkat Daerah',
      boardMinutes: { number: '800/07/TPK/2026', date: '2026-11-20' as LocalDate },
      observations: ['Surat Kepala BKN Nomor 1/R/2026'],
      extraCopiesTo: ['Kepala Dinas Pendidikan Kota Sibolga'],
    });
    expect(text.subject).toBe(DECREE_SUBJECTS.JPT_PRATAMA);
    expect(text.legalBases.at(-1)).toBe(
      'Peraturan Daerah Kota Sibolga Nomor 9 Tahun 2099 tentang Perangkat Daerah.',
    );
    expect(text.considerations[1]).toContain('Berita Acara Nomor 800/07/TPK/2026');
    expect(text.considerations[2]).toContain('Pengangkatan dalam Jabatan Pimpinan Tinggi Pratama');
    expect(text.observations).toEqual([
      'Berita Acara Sidang Tim Penilai Kinerja Pegawai Negeri Sipil Kota Sibolga Nomor 800/07/TPK/2026 tanggal 20 November 2026;',
      'Surat Kepala BKN Nomor 1/R/2026;',
    ]);
    expect(text.copiesTo.slice(-3)).toEqual([
      'Kepala Dinas Pendidikan Kota Sibolga;',
      'Pegawai Negeri Sipil yang bersangkutan;',
      'Arsip.',
    ]);
  });

  it('has four diktum, the first pointing at the lampiran columns', () => {
    const { decisions } = buildDecreeText();
    expect(decisions).toHaveLength(4);
    expect(decisions[0]).toMatch(/kolom 2 .* kolom 4 .* kolom 5, .* kolom 6\.$/);
  });
});

describe('titles and labels', () => {
  it('title-cases subjects with small Indonesian words', () => {
    expect(titleCase(DECREE_SUBJECTS.PEMINDAHAN)).toBe(
      'Pemindahan dan Penempatan Pegawai Negeri Sipil di Lingkungan Pemerintah Kota Sibolga',
    );
    expect(decreeTitle('WALI KOTA SIBOLGA', '800/1/2026', 'MUTASI DI LINGKUNGAN KOTA')).toBe(
      'Keputusan Wali Kota Sibolga Nomor 800/1/2026 tentang Mutasi di Lingkungan Kota',
    );
  });

  it('labels the diktum and the menimbang items', () => {
    expect([0, 1, 2, 3, 9, 10].map(diktumLabel)).toEqual([
      'KESATU',
      'KEDUA',
      'KETIGA',
      'KEEMPAT',
      'KESEPULUH',
      'KE-11',
    ]);
    expect([0, 2, 25, 26, 27].map(considerationLetter)).toEqual(['a', 'c', 'z', 'aa', 'ab']);
  });
});
