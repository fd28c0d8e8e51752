import type { PaperSize } from '../decree/decree-document.js';
import { FONT, SIZE } from './fonts.js';
import { contentBox, keepTogether } from './page-geometry.js';

/** Centred lines, e.g. the title block of a decree. */
export function centredLines(
  doc: PDFKit.PDFDocument,
  lines: readonly string[],
  opts: { bold?: boolean; size?: number; gapAfter?: number } = {},
): void {
  const box = contentBox(doc);
  doc.font(opts.bold ? FONT.bold : FONT.regular).fontSize(opts.size ?? SIZE.body);
  for (const line of lines) doc.text(line, box.left, doc.y, { width: box.width, align: 'center' });
  doc.x = box.left;
  doc.moveDown(opts.gapAfter ?? 0.6);
  doc.font(FONT.regular).fontSize(SIZE.body);
}

/** A paragraph over the full width. */
export function paragraph(doc: PDFKit.PDFDocument, text: string, opts: { indent?: number } = {}): void {
  const box = contentBox(doc);
  const x = box.left + (opts.indent ?? 0);
  doc
    .font(FONT.regular)
    .fontSize(SIZE.body)
    .text(text, x, doc.y, { width: box.right - x, align: 'justify' });
  doc.x = box.left;
  doc.moveDown(0.5);
}

export interface LabeledListOptions {
  /** Left label printed once, before the colon (`Menimbang`). */
  readonly label: string;
  /** Marker for item i, e.g. `a.` or `1.`; empty for a single unmarked item. */
  readonly marker: (index: number) => string;
  /** Bold label and markers (`KESATU`). */
  readonly boldMarkers?: boolean;
  /** Width reserved for the marker column. */
  readonly markerWidth?: number;
  readonly labelWidth?: number;
}

/**
 * The konsiderans layout: `Label : a. text` with the text hanging at its own indent, so wrapped
 * lines line up under the first word and never under the marker. An item starts on a new page when
 * fewer than two of its lines would fit.
 */
export function labeledList(
  doc: PDFKit.PDFDocument,
  paper: PaperSize,
  items: readonly string[],
  opts: LabeledListOptions,
): void {
  const box = contentBox(doc);
  const labelWidth = opts.labelWidth ?? 82;
  const colonX = box.left + labelWidth;
  const markerX = colonX + 10;
  const textX = markerX + (opts.markerWidth ?? 20);
  const width = box.right - textX;
  doc.fontSize(SIZE.body);
  const lineHeight = doc.currentLineHeight(true);
  items.forEach((text, index) => {
    keepTogether(doc, paper, lineHeight * 2);
    const y = doc.y;
    if (index === 0) {
      doc.font(FONT.regular).text(opts.label, box.left, y, { lineBreak: false });
      doc.text(':', colonX, y, { lineBreak: false });
    }
    doc
      .font(opts.boldMarkers ? FONT.bold : FONT.regular)
      .text(opts.marker(index), markerX, y, { lineBreak: false });
    doc.font(FONT.regular).text(text, textX, y, { width, align: 'justify' });
    doc.moveDown(0.25);
  });
  doc.x = box.left;
  doc.moveDown(0.4);
}

/** `Key : value` lines with wrapped values aligned, e.g. an employee's data in a petikan. */
export function keyValueLines(
  doc: PDFKit.PDFDocument,
  pairs: readonly (readonly [string, string])[],
  opts: { indent: number; keyWidth: number },
): void {
  const box = contentBox(doc);
  const keyX = box.left + opts.indent;
  const colonX = keyX + opts.keyWidth;
  const valueX = colonX + 10;
  doc.font(FONT.regular).fontSize(SIZE.body);
  for (const [key, value] of pairs) {
    const y = doc.y;
    doc.text(key, keyX, y, { lineBreak: false });
    doc.text(':', colonX, y, { lineBreak: false });
    doc.text(value, valueX, y, { width: box.right - valueX });
  }
  doc.x = box.left;
  doc.moveDown(0.4);
}
