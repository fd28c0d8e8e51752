/**
 * The PDF standard fonts (Helvetica has Arial's metrics, the usual face of Pemda letters). They are
 * built into every reader, so nothing is embedded and the bytes do not depend on installed fonts.
 */
export const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' } as const;

export const SIZE = { body: 11, small: 9, table: 8.5, heading: 12, letterhead: 14 } as const;
