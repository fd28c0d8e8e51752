import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { type LapInstance, parseLap } from './parse-lap.js';

export type { LapInstance } from './parse-lap.js';

const gunzipAsync = promisify(gunzip);

/**
 * Reads a LAP1 assignment instance from a file, plain or gzip'd (by the `.gz` suffix or the gzip
 * magic bytes), into CSR typed arrays. Errors name the file and the line.
 *
 * @example const inst = await readLap('bench/instances/civil_3000x1500.lap'); // inst.rows === 3000
 */
export async function readLap(path: string): Promise<LapInstance> {
  const raw = await readFile(path);
  const gz = path.endsWith('.gz') || (raw.length >= 2 && raw[0] === 0x1f && raw[1] === 0x8b);
  let bytes: Uint8Array = raw;
  if (gz) {
    try {
      bytes = await gunzipAsync(raw);
    } catch (err) {
      throw new Error(`${path}: not a valid gzip file (${(err as Error).message})`);
    }
  }
  return parseLap(bytes, path);
}
