import { parse } from 'csv-parse';
import type { SheetRow, SheetStream } from './sheet.js';

const DELIMITERS = [';', ',', '\t'] as const;
/** Bytes looked at to guess the delimiter: the title rows and the header of any real export. */
const SNIFF_BYTES = 16 * 1024;

/** The delimiter used most in the first lines: Indonesian Excel exports use `;`, others `,`. */
export function guessDelimiter(text: string): string {
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

async function* chunksOf(source: Uint8Array | AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  if (source instanceof Uint8Array) {
    yield source;
    return;
  }
  for await (const chunk of source) yield chunk;
}

/**
 * Streams a CSV file (UTF-8, with or without BOM; `;`, `,` or tab separated, guessed from the first
 * lines; quoted fields may hold line breaks) as rows numbered by the file's lines.
 * @example for await (const row of readCsvRows(bytes)) row.number // 1, 2, ...
 */
export async function* readCsvRows(source: Uint8Array | AsyncIterable<Uint8Array>): AsyncGenerator<SheetRow> {
  const input = chunksOf(source);
  const head: Uint8Array[] = [];
  let size = 0;
  let next = await input.next();
  while (!next.done && size < SNIFF_BYTES) {
    head.push(next.value);
    size += next.value.length;
    next = await input.next();
  }
  const sniff = new TextDecoder('utf-8').decode(Buffer.concat(head).subarray(0, SNIFF_BYTES));
  const parser = parse({
    delimiter: guessDelimiter(sniff.replace(/^\uFEFF/, '')),
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    // csv-parse builds an error object (with a stack) for every record whose length differs from
    // the one before it was told to expect; a title row above the header made that every record
    // and a third of the reading time. Expecting the last length keeps that to the odd row.
    on_record: (record: string[]) => {
      (parser as unknown as { state: { expectedRecordLength: number } }).state.expectedRecordLength =
        record.length;
      return record;
    },
  });
  const pending = next;
  const feed = (async () => {
    try {
      for (const chunk of head) if (!parser.write(chunk)) await drained(parser);
      let step = pending;
      while (!step.done) {
        if (!parser.write(step.value)) await drained(parser);
        step = await input.next();
      }
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  // Excel shows one row per record (a quoted line break stays inside its cell), blank lines included.
  let number = 0;
  for await (const record of parser as AsyncIterable<string[]>) {
    number++;
    yield { number, cells: record.map((text) => ({ text })) };
  }
  await feed;
}

function drained(stream: NodeJS.EventEmitter): Promise<void> {
  return new Promise((resolve) => stream.once('drain', resolve));
}

/** Reads a CSV as a one-sheet stream. */
export function csvSheets(source: Uint8Array | AsyncIterable<Uint8Array>): AsyncGenerator<SheetStream> {
  return (async function* () {
    yield { name: null, rows: readCsvRows(source) };
  })();
}
