import type { PaperSize } from '../decree/decree-document.js';

const MM = 72 / 25.4;

/** Portrait sizes in PDF points. F4 (folio) is 215 x 330 mm. */
export const PAPER_POINTS: Readonly<Record<PaperSize, readonly [number, number]>> = {
  A4: [595.28, 841.89],
  F4: [215 * MM, 330 * MM],
};

/**
 * Margins of official letters (tata naskah dinas practice: wider left margin for binding). The bottom
 * margin leaves room for the page number line.
 */
export const MARGINS = { top: 20 * MM, left: 25 * MM, right: 20 * MM, bottom: 22 * MM } as const;

export function mm(value: number): number {
  return value * MM;
}
