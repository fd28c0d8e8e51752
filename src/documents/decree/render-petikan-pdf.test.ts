import { describe, expect, it } from 'vitest';
import {
  describeWithPdftotext,
  expectInOrder,
  pdfInfo,
  pdfPages,
  squash,
} from '../../../test/support/pdf-text.js';
import { DomainError } from '../../core/errors.js';
import { formatNip } from '../../core/model/nip.js';
import { sha256 } from '../pdf/sha256.js';
import { PETIKAN_FIRST_DECISION, petikanOf } from './petikan-of.js';
import { renderPetikanPdf } from './render-petikan-pdf.js';
import { SAMPLE_SEKDA, sampleDecree } from './sample-decree.js';

const decree = sampleDecree(5);

describe('petikanOf', () => {
  it('keeps the SK header and only the chosen row, found by NIP with or without spaces', () => {
    const row = decree.rows[2]!;
    const p = petikanOf(decree, formatNip(row.nip), SAMPLE_SEKDA);
    expect(p.row).toEqual(row);
    expect(p.rowNumber).toBe(3);
    expect(p.number).toBe(decree.number);
    expect(p.firstDecision).toBe(PETIKAN_FIRST_DECISION);
    expect('rows' in p).toBe(false);
  });

  it('refuses an employee who is not in the lampiran', () => {
    const attempt = () => petikanOf(decree, '198001012005011001', SAMPLE_SEKDA);
    expect(attempt).toThrowError(DomainError);
    try {
      attempt();
    } catch (e) {
      expect((e as DomainError).code).toBe('NOT_FOUND');
      expect((e as DomainError).details).toMatchObject({ field: 'nip', rule: 'PETIKAN_ROW_IN_DECREE' });
    }
  });
});

describe('renderPetikanPdf: bad input', () => {
  it('refuses a certifying official whose NIP fails the core rules', async () => {
    const p = petikanOf(decree, decree.rows[0]!.nip, { ...SAMPLE_SEKDA, nip: '1970031520000310' });
    await expect(renderPetikanPdf(p)).rejects.toMatchObject({
      code: 'NIP_INVALID',
      details: { field: 'certifiedBy.nip', rule: 'NIP_LENGTH' },
    });
  });

  it('refuses a row with an invalid NIP and a missing number', async () => {
    const p = petikanOf(decree, decree.rows[0]!.nip, SAMPLE_SEKDA);
    const error = await renderPetikanPdf({
      ...p,
      number: '',
      row: { ...p.row, nip: '19750101200001300' },
    }).then(
      () => null,
      (e: unknown) => e as DomainError,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect(error?.details.issues?.map((i) => i.field)).toEqual(['number', 'row.nip']);
  });
});

describeWithPdftotext('renderPetikanPdf', () => {
  it("contains the SK header, this employee's data only, the handing-over wording and the certification", async () => {
    const row = decree.rows[1]!;
    const pdf = await renderPetikanPdf(petikanOf(decree, row.nip, SAMPLE_SEKDA));
    const pages = await pdfPages(pdf);
    const text = squash(pages.join(' '));
    expectInOrder(text, [
      'PEMERINTAH KOTA SIBOLGA',
      'PETIKAN',
      'KEPUTUSAN WALI KOTA SIBOLGA',
      'NOMOR : 800.1.3.3/123/BKPSDM/2026',
      'Menimbang :',
      'Mengingat :',
      'MEMUTUSKAN:',
      'KESATU : Memindahkan dan menempatkan Pegawai Negeri Sipil tersebut di bawah ini',
      `Nama : ${row.name} (Lampiran nomor urut 2)`,
      `NIP : ${formatNip(row.nip)}`,
      'Pangkat, Gol./Ruang : Penata Muda, III/a',
      `Jabatan lama : ${row.oldPosition}, ${row.oldUnit}`,
      `Jabatan baru : ${row.newPosition}, ${row.newUnit}`,
      'TMT : 1 Desember 2026',
      'KEDUA :',
      'Ditetapkan di Sibolga',
      'pada tanggal 28 November 2026',
      'WALI KOTA SIBOLGA,',
      'ttd.',
      'DRS. HALOMOAN SITUMEANG, M.SI.',
      `Petikan Keputusan ini disampaikan kepada Sdr. ${row.name}, NIP ${formatNip(row.nip)}, untuk dipergunakan sebagaimana mestinya.`,
      'Petikan sesuai dengan aslinya',
      'a.n. WALI KOTA SIBOLGA',
      'Sekretaris Daerah,',
      'HERMAN SUWITO',
      'Pembina Tingkat I, IV/b',
      'NIP. 19700315 200003 1 004',
    ]);
    for (const other of decree.rows.filter((r) => r !== row)) {
      expect(text).not.toContain(other.name);
      expect(text).not.toContain(formatNip(other.nip));
    }
    // The SK's wording about lampiran columns does not appear in an extract without a lampiran.
    expect(text).not.toContain('kolom 2 Lampiran');
    pages.forEach((page, i) => {
      expect(page).toContain(`Halaman ${i + 1} dari ${pages.length}`);
    });
    const info = await pdfInfo(pdf);
    expect(info.Title).toBe(
      `Petikan Keputusan Wali Kota Sibolga Nomor ${decree.number} tentang Pemindahan dan Penempatan Pegawai Negeri Sipil di Lingkungan Pemerintah Kota Sibolga`,
    );
    expect(info.Subject).toBe(`Petikan untuk ${row.name}, NIP ${formatNip(row.nip)}`);
  });

  it('gives the same bytes for the same input and different bytes for another employee', async () => {
    const a = await renderPetikanPdf(petikanOf(decree, decree.rows[0]!.nip, SAMPLE_SEKDA));
    const b = await renderPetikanPdf(petikanOf(structuredClone(decree), decree.rows[0]!.nip, SAMPLE_SEKDA));
    const c = await renderPetikanPdf(petikanOf(decree, decree.rows[3]!.nip, SAMPLE_SEKDA));
    expect(a.equals(b)).toBe(true);
    expect(sha256(c)).not.toBe(sha256(a));
  });
});
