import { pangkatGolongan } from '../../core/model/golongan.js';
import { formatNip, normalizeNip } from '../../core/model/nip.js';
import { FONT, SIZE } from '../pdf/fonts.js';
import { contentBox, newPage } from '../pdf/page-geometry.js';
import { drawTable, type TableColumn } from '../pdf/table.js';
import type { DecreeDocument } from './decree-document.js';
import { formatLongDate } from './indonesian-date.js';

/** Columns of the lampiran; the diktum refers to them by number (2 = name, 4 = old, 5 = new, 6 = TMT). */
export const LAMPIRAN_COLUMNS: readonly TableColumn[] = [
  { header: 'No.', weight: 4, align: 'center' },
  { header: 'Nama / NIP', weight: 20 },
  { header: 'Pangkat, Gol./Ruang', weight: 13 },
  { header: 'Jabatan dan Unit Kerja Lama', weight: 23 },
  { header: 'Jabatan dan Unit Kerja Baru', weight: 23 },
  { header: 'TMT', weight: 10, align: 'center' },
  { header: 'Ket.', weight: 7 },
];

/** One row's cells: name over the NIP (with its spaces), pangkat with golongan, position over unit. */
export function lampiranCells(row: DecreeDocument['rows'][number], index: number): string[] {
  return [
    `${index + 1}.`,
    `${row.name}\nNIP ${formatNip(normalizeNip(row.nip))}`,
    pangkatGolongan(row.golongan),
    `${row.oldPosition}\n${row.oldUnit}`,
    `${row.newPosition}\n${row.newUnit}`,
    formatLongDate(row.tmt),
    row.note ?? '',
  ];
}

/**
 * The lampiran on its own landscape pages: the reference block (`LAMPIRAN KEPUTUSAN ... NOMOR ...
 * TANGGAL ... TENTANG ...`), the title and the table, whose header repeats on every page.
 */
export function drawLampiran(pdf: PDFKit.PDFDocument, d: DecreeDocument): void {
  const paper = d.paper ?? 'A4';
  newPage(pdf, paper, 'landscape');
  const box = contentBox(pdf);
  const x = box.left + box.width * 0.55;
  const keyWidth = 62;
  const width = box.right - x - keyWidth - 8;
  pdf.font(FONT.regular).fontSize(SIZE.small);
  pdf.text(`LAMPIRAN KEPUTUSAN ${d.issuer.toUpperCase()}`, x, box.top, { width: box.right - x });
  for (const [key, value] of [
    ['NOMOR', d.number],
    ['TANGGAL', formatLongDate(d.date)],
    ['TENTANG', d.subject.toUpperCase()],
  ] as const) {
    const y = pdf.y;
    pdf.text(key, x, y, { lineBreak: false });
    pdf.text(':', x + keyWidth, y, { lineBreak: false });
    pdf.text(value, x + keyWidth + 8, y, { width });
  }
  pdf.moveDown(1.2);
  pdf.font(FONT.bold).fontSize(SIZE.body);
  pdf.text('DAFTAR PEGAWAI NEGERI SIPIL YANG DIPINDAHKAN', box.left, pdf.y, {
    width: box.width,
    align: 'center',
  });
  pdf.moveDown(0.6);
  drawTable(pdf, {
    columns: LAMPIRAN_COLUMNS,
    rows: d.rows.map(lampiranCells),
    paper,
    orientation: 'landscape',
    numberColumns: true,
  });
}
