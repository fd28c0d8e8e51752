/** Progress of an import: rows so far, speed, and time left estimated from the bytes read. */
export interface ImportProgress {
  readonly phase: 'read' | 'write';
  readonly rows: number;
  /** 0..1 of the phase. */
  readonly fraction: number;
  readonly rowsPerSecond: number;
  readonly etaSeconds: number;
}

export type ProgressListener = (progress: ImportProgress) => void;

/** Turns (rows, fraction) samples into progress events, at most every `everyRows` rows. */
export function progressTracker(
  phase: ImportProgress['phase'],
  listener: ProgressListener | undefined,
  now: () => number = () => performance.now(),
  everyRows = 1000,
): (rows: number, fraction: number, force?: boolean) => void {
  const started = now();
  let last = -everyRows;
  return (rows, fraction, force = false) => {
    if (!listener || (!force && rows - last < everyRows)) return;
    last = rows;
    const seconds = (now() - started) / 1000;
    const rowsPerSecond = seconds > 0 ? rows / seconds : 0;
    const etaSeconds = fraction > 0 && fraction < 1 ? (seconds / fraction) * (1 - fraction) : 0;
    listener({ phase, rows, fraction: Math.min(1, fraction), rowsPerSecond, etaSeconds });
  };
}

/** Hands a file to the reader in 64 KiB chunks, counting what was consumed (for the ETA). */
export function meteredChunks(content: Uint8Array, chunkSize = 64 * 1024) {
  const meter = { consumed: 0, total: content.length };
  async function* chunks(): AsyncGenerator<Uint8Array> {
    for (let start = 0; start < content.length; start += chunkSize) {
      const chunk = content.subarray(start, start + chunkSize);
      meter.consumed = start + chunk.length;
      yield chunk;
    }
  }
  return { meter, chunks: chunks() };
}
