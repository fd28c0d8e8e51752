import type { Letterhead } from '../decree/decree-document.js';
import { FONT, SIZE } from './fonts.js';
import { contentBox } from './page-geometry.js';

/**
 * The kop surat: government, optional agency, address and contact lines centred, then the double
 * rule (thick over thin) of Pemda letters.
 */
export function drawLetterhead(doc: PDFKit.PDFDocument, letterhead: Letterhead): void {
  const box = contentBox(doc);
  const centred = { width: box.width, align: 'center' as const };
  doc
    .font(FONT.bold)
    .fontSize(SIZE.letterhead)
    .text(letterhead.government.toUpperCase(), box.left, box.top, centred);
  if (letterhead.agency)
    doc.font(FONT.bold).fontSize(SIZE.heading).text(letterhead.agency.toUpperCase(), centred);
  doc.font(FONT.regular).fontSize(SIZE.small).text(letterhead.address, centred);
  if (letterhead.contact) doc.text(letterhead.contact, centred);
  const y = doc.y + 4;
  doc.save().lineWidth(2).moveTo(box.left, y).lineTo(box.right, y).stroke();
  doc
    .lineWidth(0.6)
    .moveTo(box.left, y + 3)
    .lineTo(box.right, y + 3)
    .stroke()
    .restore();
  doc.x = box.left;
  doc.y = y + 16;
  doc.font(FONT.regular).fontSize(SIZE.body);
}
