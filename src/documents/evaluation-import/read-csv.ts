import { parse } from 'csv-parse/sync';
import type { Sheet } from './sheet.js';

const DELIMITERS = [';', ',', '\t'] as const;

/** The delimiter used most in the first lines: Indonesian Excel exports use `;`, others `,`. */
function guessDelimiter(text: string): string {
  const lines = text.split(/\r?\n/).slice(0, 15);
  let best: string = ',';
  let bestCount = -1;
  for (const d of DELIMITERS) {
    const count = lines.reduce((n, line) => n + line.split(d).length - 1, 0);
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Reads a CSV file (UTF-8, with or without BOM; `;`, `,` or tab separated; quoted fields may hold
 * line breaks) into one sheet whose row numbers are the file's line numbers.
 * @example readCsv(Buffer.from('NIP;NAMA\n1986...;Rina')) // rows 1 and 2
 */
export function readCsv(content: Uint8Array): Sheet {
  const text = new TextDecoder('utf-8').decode(content).replace(/^\uFEFF/, '');
  const records = parse(text, {
    delimiter: guessDelimiter(text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  return {
    name: null,
    rows: records.map(({ record, info }) => ({
      number: info.lines,
      cells: record.map((text) => ({ text })),
    })),
  };
}
