import { expect, it } from 'vitest';
import {
  describeWithPdftotext,
  expectInOrder,
  pdfInfo,
  pdfPages,
  pdfWords,
  squash,
} from '../../../test/support/pdf-text.js';
import { pangkatGolongan } from '../../core/model/golongan.js';
import { formatNip } from '../../core/model/nip.js';
import { MARGINS, PAPER_POINTS } from '../pdf/paper.js';
import { sha256 } from '../pdf/sha256.js';
import type { DecreeRow } from './decree-document.js';
import { LAMPIRAN_COLUMNS } from './lampiran-table.js';
import { renderDecreePdf } from './render-decree-pdf.js';
import { sampleDecree, sampleRow } from './sample-decree.js';

describeWithPdftotext('renderDecreePdf', () => {
  it('prints every part of the SK in order, from letterhead to the last lampiran row', async () => {
    const decree = sampleDecree(5);
    const pdf = await renderDecreePdf(decree);
    const pages = await pdfPages(pdf);
    const text = squash(pages.join('\n'));
    expectInOrder(text, [
      'PEMERINTAH KOTA SIBOLGA',
      'Jalan Sisingamangaraja',
      'KEPUTUSAN WALI KOTA SIBOLGA',
      'NOMOR : 800.1.3.3/123/BKPSDM/2026',
      'TENTANG',
      'PEMINDAHAN DAN PENEMPATAN PEGAWAI NEGERI SIPIL DI LINGKUNGAN PEMERINTAH KOTA SIBOLGA',
      'DENGAN RAHMAT TUHAN YANG MAHA ESA',
      'WALI KOTA SIBOLGA,',
      'Menimbang : a. bahwa',
      'b. bahwa',
      'c. bahwa',
      'Mengingat : 1. Undang-Undang Nomor 27 Tahun 2024 tentang Kota Sibolga',
      'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara',
      'Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020',
      'Peraturan Daerah Kota Sibolga',
      'Memperhatikan : 1. Berita Acara Sidang Tim Penilai Kinerja',
      'MEMUTUSKAN:',
      'Menetapkan : KEPUTUSAN WALI KOTA SIBOLGA TENTANG',
      'KESATU : Memindahkan',
      'KEDUA :',
      'KETIGA :',
      'KEEMPAT :',
      'Ditetapkan di Sibolga',
      'pada tanggal 28 November 2026',
      'WALI KOTA SIBOLGA,',
      'DRS. HALOMOAN SITUMEANG, M.SI.',
      'Tembusan Keputusan ini disampaikan kepada Yth.:',
      '1. Kepala Badan Kepegawaian Negara di Jakarta;',
      'Arsip.',
      'LAMPIRAN KEPUTUSAN WALI KOTA SIBOLGA',
      'NOMOR : 800.1.3.3/123/BKPSDM/2026',
      'TANGGAL : 28 November 2026',
      'DAFTAR PEGAWAI NEGERI SIPIL YANG DIPINDAHKAN',
      'Nama / NIP',
      'Jabatan dan Unit Kerja Lama',
      'Jabatan dan Unit Kerja Baru',
      'TMT',
    ]);
    // Rows in order, each with the NIP spaced as on paper, pangkat with golongan, positions and TMT.
    const raw = squash((await pdfPages(pdf, 'raw')).join('\n'));
    const lampiran = raw.slice(raw.indexOf('DAFTAR PEGAWAI NEGERI SIPIL YANG DIPINDAHKAN'));
    expectInOrder(
      lampiran,
      decree.rows.flatMap((r, i) => [
        `${i + 1}. ${r.name} NIP ${formatNip(r.nip)}`,
        i === 0 ? 'Pengatur, II/c' : '',
        `${r.oldPosition} ${r.oldUnit}`,
        `${r.newPosition} ${r.newUnit}`,
        '1 Desember 2026',
      ]),
    );
    expect(formatNip(decree.rows[0]!.nip)).toBe('19750101 200001 1 001');
    // The lampiran closes with the signature again.
    expectInOrder(lampiran, [
      `5. ${decree.rows[4]!.name}`,
      'WALI KOTA SIBOLGA,',
      'DRS. HALOMOAN SITUMEANG, M.SI.',
    ]);
    pages.forEach((page, i) => {
      expect(page).toContain(`Halaman ${i + 1} dari ${pages.length}`);
    });
  });

  it('cites the Mendagri approval under Memperhatikan only when one is attached', async () => {
    const plain = squash((await pdfPages(await renderDecreePdf(sampleDecree(1)))).join(' '));
    expect(plain).not.toContain('Menteri Dalam Negeri');
    const approved = sampleDecree(1, {
      mendagriApproval: {
        letterNumber: '100.2.2.6/4512/SJ',
        letterDate: '2026-11-21' as DecreeRow['tmt'],
        subject: 'Persetujuan Penggantian Pejabat',
      },
    });
    const text = squash((await pdfPages(await renderDecreePdf(approved))).join(' '));
    expectInOrder(text, [
      'Memperhatikan :',
      'Surat Menteri Dalam Negeri Nomor 100.2.2.6/4512/SJ tanggal 21 November 2026 perihal Persetujuan Penggantian Pejabat',
      'Undang-Undang Nomor 10 Tahun 2016',
      'MEMUTUSKAN:',
    ]);
  });

  it('spreads a 120-row lampiran over several pages, repeating the header and never splitting a row', async () => {
    const decree = sampleDecree(120);
    const pdf = await renderDecreePdf(decree);
    const pages = (await pdfPages(pdf, 'raw')).map(squash);
    const heads = decree.rows.map((row, i) => `${i + 1}. ${row.name} NIP ${formatNip(row.nip)}`);
    const pageOf = heads.map((head) => pages.findIndex((p) => p.includes(head)));
    expect(pageOf.every((p) => p > 0)).toBe(true);
    const tablePages = [...new Set(pageOf)];
    expect(tablePages.length).toBeGreaterThanOrEqual(4);
    // Every page with rows opens its table with the header and the column numbers, before its first row.
    for (const page of tablePages) {
      const firstRow = heads[pageOf.indexOf(page)]!;
      expectInOrder(pages[page]!, [
        'No. Nama / NIP Pangkat, Gol./Ruang',
        'Ket. (1) (2) (3) (4) (5) (6) (7)',
        firstRow,
      ]);
    }
    let previousPage = 0;
    decree.rows.forEach((row, i) => {
      const page = pages[pageOf[i]!]!;
      expect(pageOf[i]).toBeGreaterThanOrEqual(previousPage);
      previousPage = pageOf[i]!;
      // The whole row sits on the page where it starts: everything up to the next row's number.
      const from = page.indexOf(heads[i]!);
      const next = page.indexOf(`${i + 2}. `, from + heads[i]!.length);
      const cells = page.slice(from, next < 0 ? undefined : next);
      expectInOrder(cells, [
        heads[i]!,
        pangkatGolongan(row.golongan),
        `${row.oldPosition} ${row.oldUnit}`,
        `${row.newPosition} ${row.newUnit}`,
        '1 Desember 2026',
      ]);
      // Each NIP is printed once.
      expect(pages.join(' ').split(formatNip(row.nip)).length - 1).toBe(1);
    });
    const info = await pdfInfo(pdf);
    expect(Number(info.Pages)).toBe(pages.length);
    expect(pages.at(-1)).toContain(`Halaman ${pages.length} dari ${pages.length}`);
  });

  it('keeps the hanging indent when a konsiderans item continues on the next page', async () => {
    const long =
      'bahwa ' +
      'dalam rangka penataan organisasi dan peningkatan kinerja pelayanan publik di Pemerintah Kota Sibolga '.repeat(
        4,
      ) +
      'perlu dilakukan pemindahan;';
    const pdf = await renderDecreePdf(
      sampleDecree(2, { considerations: Array.from({ length: 7 }, () => long) }),
    );
    const words = await pdfWords(pdf);
    const mengingat = words.find((w) => w.text === 'Mengingat')!;
    expect(mengingat.page).toBe(2);
    // Page 2 opens in the middle of a menimbang item: every word above Mengingat is either a
    // marker (g.) or text at the hanging indent, right of the label column and the marker.
    const above = words.filter((w) => w.page === 2 && w.yMin < mengingat.yMin);
    expect(above.length).toBeGreaterThan(20);
    const textLeft = MARGINS.left + 82 + 10 + 20;
    const markers = above.filter((w) => /^[a-z]\.$/.test(w.text));
    expect(markers.map((w) => w.text)).toContain('g.');
    for (const w of above.filter((x) => !markers.includes(x)))
      expect(w.xMin).toBeGreaterThanOrEqual(textLeft - 0.5);
    for (const w of markers) expect(w.xMax).toBeLessThan(textLeft);
  });

  it('wraps long names and positions inside their cells', async () => {
    const longPosition =
      'Kepala Subbagian Perencanaan, Evaluasi dan Pelaporan pada Sekretariat Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah';
    const longName = 'Prof. Dr. Ir. Rahmawati Boru Simanjuntak Hutabarat Panggabean, S.Pd., M.Si.';
    const decree = sampleDecree(0, {
      rows: [{ ...sampleRow(0), name: longName, oldPosition: longPosition }, sampleRow(1)],
    });
    const pdf = await renderDecreePdf(decree);
    const raw = squash((await pdfPages(pdf, 'raw')).join(' '));
    expect(raw).toContain(`1. ${longName} NIP ${formatNip(decree.rows[0]!.nip)}`);
    expect(raw).toContain(`${longPosition} ${decree.rows[0]!.oldUnit}`);

    // Landscape lampiran: the columns share the width between the margins by weight.
    const [portraitWidth, portraitHeight] = PAPER_POINTS.A4;
    expect(portraitWidth).toBeLessThan(portraitHeight);
    const inner = portraitHeight - MARGINS.left - MARGINS.right;
    const total = LAMPIRAN_COLUMNS.reduce((s, c) => s + c.weight, 0);
    const column = (n: number) => {
      const before = LAMPIRAN_COLUMNS.slice(0, n).reduce((s, c) => s + c.weight, 0);
      const left = MARGINS.left + (before / total) * inner;
      return { left, right: left + (LAMPIRAN_COLUMNS[n]!.weight / total) * inner };
    };
    const words = await pdfWords(pdf);
    const lampiranPage = words.find((w) => w.text === 'DAFTAR')!.page;
    const cellWords = (phrase: string, col: number) => {
      const { left, right } = column(col);
      const found = words.filter(
        (w) =>
          w.page === lampiranPage && w.xMin >= left && w.xMax <= right && phrase.split(' ').includes(w.text),
      );
      return found;
    };
    const nameWords = cellWords(longName, 1);
    const positionWords = cellWords(longPosition, 3);
    // Every word of the long texts is inside its column, and the texts took several lines.
    expect(nameWords.length).toBeGreaterThanOrEqual(longName.split(' ').length);
    expect(positionWords.length).toBeGreaterThanOrEqual(longPosition.split(' ').length);
    expect(new Set(nameWords.map((w) => Math.round(w.yMin))).size).toBeGreaterThanOrEqual(2);
    expect(new Set(positionWords.map((w) => Math.round(w.yMin))).size).toBeGreaterThanOrEqual(3);
  });

  it('embeds title, subject and author, and gives the same bytes for the same input', async () => {
    const decree = sampleDecree(30);
    const first = await renderDecreePdf(decree);
    const second = await renderDecreePdf(structuredClone(decree));
    expect(first.equals(second)).toBe(true);
    expect(sha256(first)).toBe(sha256(second));
    expect(sha256(first)).toMatch(/^[0-9a-f]{64}$/);
    const renumbered = await renderDecreePdf({ ...decree, number: '800.1.3.3/124/BKPSDM/2026' });
    expect(sha256(renumbered)).not.toBe(sha256(first));

    const info = await pdfInfo(first);
    expect(info.Title).toBe(
      'Keputusan Wali Kota Sibolga Nomor 800.1.3.3/123/BKPSDM/2026 tentang Pemindahan dan Penempatan Pegawai Negeri Sipil di Lingkungan Pemerintah Kota Sibolga',
    );
    expect(info.Subject).toContain('30 Pegawai Negeri Sipil');
    expect(info.Author).toBe('Wali Kota Sibolga');
    expect(info.CreationDate).toMatch(/^2026-11-28T00:00:00/);
    expect(info['Page size']).toContain('595.28 x 841.89');
  });

  it('prints on F4 when asked', async () => {
    const info = await pdfInfo(await renderDecreePdf(sampleDecree(3, { paper: 'F4' })));
    const [w, h] = PAPER_POINTS.F4;
    const [printedW, printedH] = info['Page size']!.split(' x ').map((v) => Number.parseFloat(v));
    // 215 x 330 mm.
    expect(printedW).toBeCloseTo(w, 1);
    expect(printedH).toBeCloseTo(h, 1);
    expect(printedW).toBeCloseTo(609.45, 1);
  });
});
