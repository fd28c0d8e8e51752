import type { PaperSize } from '../decree/decree-document.js';
import { FONT, SIZE } from './fonts.js';
import { contentBox, newPage, type Orientation } from './page-geometry.js';

export interface TableColumn {
  readonly header: string;
  /** Relative width; columns share the table width in proportion. */
  readonly weight: number;
  readonly align?: 'left' | 'center' | 'right';
}

export interface TableOptions {
  readonly columns: readonly TableColumn[];
  /** Cell texts, one array per row, in column order. Line breaks inside a cell are kept. */
  readonly rows: readonly (readonly string[])[];
  readonly paper: PaperSize;
  /** Orientation of the pages the table continues on. */
  readonly orientation: Orientation;
  /** Adds a row `1 2 3 ...` under the headers, as Indonesian official tables do. */
  readonly numberColumns?: boolean;
  readonly fontSize?: number;
}

const PAD = 3;

/**
 * Draws a bordered table from the cursor. Cells wrap inside their column; a row that does not fit
 * goes to a new page, where the header rows are drawn again, so every page of a long lampiran
 * can be read on its own. Rows are never split across pages.
 */
export function drawTable(doc: PDFKit.PDFDocument, opts: TableOptions): void {
  const size = opts.fontSize ?? SIZE.table;
  const box = contentBox(doc);
  const total = opts.columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = opts.columns.map((c) => (c.weight / total) * box.width);
  const xs = widths.map((_, i) => box.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const headerRows: { cells: readonly string[]; bold: boolean }[] = [
    { cells: opts.columns.map((c) => c.header), bold: true },
  ];
  if (opts.numberColumns) headerRows.push({ cells: opts.columns.map((_, i) => `(${i + 1})`), bold: false });

  const heightOf = (cells: readonly string[], bold: boolean) => {
    doc.font(bold ? FONT.bold : FONT.regular).fontSize(size);
    return (
      Math.max(...cells.map((text, i) => doc.heightOfString(text, { width: widths[i]! - 2 * PAD }))) + 2 * PAD
    );
  };
  const drawRow = (cells: readonly string[], bold: boolean, header: boolean) => {
    const height = heightOf(cells, bold);
    const y = doc.y;
    cells.forEach((text, i) => {
      const x = xs[i]!;
      if (header && bold) doc.save().rect(x, y, widths[i]!, height).fill('#e8e8e8').restore();
      doc.save().lineWidth(0.5).rect(x, y, widths[i]!, height).stroke().restore();
      doc
        .font(bold ? FONT.bold : FONT.regular)
        .fontSize(size)
        .fillColor('black')
        .text(text, x + PAD, y + PAD, {
          width: widths[i]! - 2 * PAD,
          align: header ? 'center' : (opts.columns[i]!.align ?? 'left'),
        });
    });
    doc.y = y + height;
  };
  const drawHeader = () => {
    for (const row of headerRows) drawRow(row.cells, row.bold, true);
  };
  const headerHeight = headerRows.reduce((sum, r) => sum + heightOf(r.cells, r.bold), 0);

  const firstRowHeight = opts.rows[0] ? heightOf(opts.rows[0], false) : 0;
  if (doc.y + headerHeight + firstRowHeight > contentBox(doc).bottom)
    newPage(doc, opts.paper, opts.orientation);
  drawHeader();
  for (const row of opts.rows) {
    const height = heightOf(row, false);
    if (doc.y + height > contentBox(doc).bottom) {
      newPage(doc, opts.paper, opts.orientation);
      drawHeader();
    }
    drawRow(row, false, false);
  }
  doc.x = box.left;
  doc.font(FONT.regular).fontSize(SIZE.body);
  doc.moveDown(0.8);
}
