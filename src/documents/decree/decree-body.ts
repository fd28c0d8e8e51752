import { FONT, SIZE } from '../pdf/fonts.js';
import { drawLetterhead } from '../pdf/letterhead.js';
import { contentBox, keepTogether } from '../pdf/page-geometry.js';
import { centredLines, labeledList } from '../pdf/text-blocks.js';
import type { DecreeDocument, MendagriApprovalRef, PaperSize } from './decree-document.js';
import { considerationLetter, diktumLabel } from './diktum-labels.js';
import { formatLongDate } from './indonesian-date.js';

/** What the SK and its petikan share: everything above and including the diktum. */
export type DecreeHead = Omit<DecreeDocument, 'rows'>;

/** Letterhead and title block: `KEPUTUSAN WALI KOTA SIBOLGA / NOMOR : ... / TENTANG / ...`. */
export function drawDecreeHeading(doc: PDFKit.PDFDocument, d: DecreeHead, opts: { petikan: boolean }): void {
  drawLetterhead(doc, d.letterhead);
  if (opts.petikan) centredLines(doc, ['PETIKAN'], { bold: true, size: SIZE.heading, gapAfter: 0.2 });
  centredLines(doc, [`KEPUTUSAN ${d.issuer.toUpperCase()}`, `NOMOR : ${d.number}`], {
    bold: true,
    gapAfter: 0.3,
  });
  centredLines(doc, ['TENTANG'], { bold: true, gapAfter: 0.3 });
  centredLines(doc, [d.subject.toUpperCase()], { bold: true, gapAfter: 0.8 });
  centredLines(doc, ['DENGAN RAHMAT TUHAN YANG MAHA ESA', '', `${d.issuer.toUpperCase()},`], {
    bold: true,
    gapAfter: 0.8,
  });
}

/** Menimbang (a., b., ...), Mengingat (1., 2., ...) and Memperhatikan, with hanging indents. */
export function drawKonsiderans(doc: PDFKit.PDFDocument, paper: PaperSize, d: DecreeHead): void {
  labeledList(doc, paper, d.considerations, {
    label: 'Menimbang',
    marker: (i) => `${considerationLetter(i)}.`,
  });
  labeledList(doc, paper, d.legalBases, { label: 'Mengingat', marker: (i) => `${i + 1}.` });
  const observations = [
    ...(d.observations ?? []),
    ...(d.mendagriApproval ? [mendagriObservation(d.mendagriApproval)] : []),
  ];
  if (observations.length > 0) {
    labeledList(doc, paper, observations, { label: 'Memperhatikan', marker: (i) => `${i + 1}.` });
  }
}

/**
 * The election-period approval as cited in the SK (UU 10/2016 Pasal 71(2), 162(3); DOMAIN.md 9).
 * @example mendagriObservation({ letterNumber: '100.2.2.6/123/OTDA', letterDate: '2026-11-20' })
 */
export function mendagriObservation(a: MendagriApprovalRef): string {
  const subject = a.subject ? ` perihal ${a.subject}` : '';
  return (
    `Surat Menteri Dalam Negeri Nomor ${a.letterNumber} tanggal ${formatLongDate(a.letterDate)}${subject}, ` +
    'sebagai persetujuan tertulis sebagaimana dimaksud dalam Undang-Undang Nomor 10 Tahun 2016.'
  );
}

/** `MEMUTUSKAN:` then `Menetapkan : KEPUTUSAN ... TENTANG ...` and the diktum KESATU, KEDUA, ... */
export function drawDiktum(
  doc: PDFKit.PDFDocument,
  paper: PaperSize,
  d: DecreeHead,
  opts: { afterFirst?: (doc: PDFKit.PDFDocument) => void } = {},
): void {
  keepTogether(doc, paper, 80);
  centredLines(doc, ['MEMUTUSKAN:'], { bold: true, gapAfter: 0.5 });
  labeledList(doc, paper, [`KEPUTUSAN ${d.issuer.toUpperCase()} TENTANG ${d.subject.toUpperCase()}.`], {
    label: 'Menetapkan',
    marker: () => '',
    markerWidth: 0,
  });
  const box = contentBox(doc);
  const colonX = box.left + 82;
  const textX = colonX + 10;
  d.decisions.forEach((text, i) => {
    keepTogether(doc, paper, doc.currentLineHeight(true) * 2);
    const y = doc.y;
    doc.font(FONT.bold).fontSize(SIZE.body).text(diktumLabel(i), box.left, y, { lineBreak: false });
    doc.font(FONT.regular).text(':', colonX, y, { lineBreak: false });
    doc.text(text, textX, y, { width: box.right - textX, align: 'justify' });
    if (i === 0) opts.afterFirst?.(doc);
    doc.moveDown(0.4);
  });
  doc.x = box.left;
  doc.moveDown(0.4);
}

/** `Tembusan ...:` and the numbered list, in the small size under the signature. */
export function drawTembusan(doc: PDFKit.PDFDocument, paper: PaperSize, copiesTo: readonly string[]): void {
  if (copiesTo.length === 0) return;
  const box = contentBox(doc);
  doc.fontSize(SIZE.small);
  keepTogether(doc, paper, doc.currentLineHeight(true) * Math.min(copiesTo.length + 1, 4));
  doc.font(FONT.regular).text('Tembusan Keputusan ini disampaikan kepada Yth.:', box.left, doc.y);
  copiesTo.forEach((text, i) => {
    keepTogether(doc, paper, doc.currentLineHeight(true));
    const y = doc.y;
    doc.text(`${i + 1}.`, box.left, y, { lineBreak: false });
    doc.text(text, box.left + 16, y, { width: box.width * 0.7 });
  });
  doc.x = box.left;
  doc.fontSize(SIZE.body);
}
