import { FONT } from './fonts.js';
import { mm } from './paper.js';

/**
 * Writes `Halaman i dari n` at the foot of every page. Needs `bufferPages`; the bottom margin is
 * lifted while writing so PDFKit does not push the footer onto a new page.
 */
export function stampPageNumbers(doc: PDFKit.PDFDocument): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { margins, width, height } = doc.page;
    const savedBottom = margins.bottom;
    margins.bottom = 0;
    doc
      .font(FONT.regular)
      .fontSize(8.5)
      .text(`Halaman ${i + 1} dari ${range.count}`, margins.left, height - mm(12), {
        width: width - margins.left - margins.right,
        align: 'center',
        lineBreak: false,
      });
    margins.bottom = savedBottom;
  }
}
