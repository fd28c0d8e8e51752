import { createPdf } from '../pdf/create-pdf.js';
import { stampPageNumbers } from '../pdf/page-numbers.js';
import { drawSignature } from '../pdf/signature-block.js';
import { decreeTitle, titleCase } from './build-decree-text.js';
import { drawDecreeHeading, drawDiktum, drawKonsiderans, drawTembusan } from './decree-body.js';
import { DEFAULT_PAPER, type DecreeDocument } from './decree-document.js';
import { dateAsInstant, formatLongDate } from './indonesian-date.js';
import { drawLampiran } from './lampiran-table.js';
import { assertDecreeValid } from './validate-decree.js';

/**
 * Renders an SK (Keputusan Wali Kota) in the layout of DOMAIN.md 10.1: letterhead, title and number,
 * konsiderans, diktum, `Ditetapkan di ... pada tanggal ...` with the Wali Kota's signature block and
 * the tembusan, then the lampiran table on landscape pages closed by the signature again. Every page
 * carries `Halaman i dari n`. Deterministic: the same input gives the same bytes.
 *
 * @throws DomainError naming the field when the input is not a printable decree.
 * @example const pdf = await renderDecreePdf(decree); const hash = sha256(pdf);
 */
export async function renderDecreePdf(d: DecreeDocument): Promise<Buffer> {
  assertDecreeValid(d);
  const paper = d.paper ?? DEFAULT_PAPER;
  const { doc, finish } = await createPdf(paper, {
    title: decreeTitle(d.issuer, d.number, d.subject),
    subject: `Lampiran: ${d.rows.length} Pegawai Negeri Sipil; ${titleCase(d.subject)}`,
    author: titleCase(d.issuer),
    creationDate: dateAsInstant(d.date),
  });
  drawDecreeHeading(doc, d, { petikan: false });
  drawKonsiderans(doc, paper, d);
  drawDiktum(doc, paper, d);
  drawSignature(doc, paper, d.signatory, {
    before: [`Ditetapkan di ${d.place}`, `pada tanggal ${formatLongDate(d.date)}`],
  });
  doc.moveDown(1);
  drawTembusan(doc, paper, d.copiesTo);

  drawLampiran(doc, d);
  drawSignature(doc, paper, d.signatory, { width: 240, orientation: 'landscape' });
  stampPageNumbers(doc);
  return finish();
}
