import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { parseLap } from './parse-lap.js';
import { readLap } from './read-lap.js';

const parse = (text: string) => parseLap(Buffer.from(text), 't.lap');

describe('parseLap', () => {
  it('reads a sparse file with comments into CSR', () => {
    const inst = parse(
      '# a comment\n#another\nLAP1 sparse 3 4 4\n0 1 -5\n0 3 7\n2 0 2147483647\n2 2 -2147483647\n',
    );
    expect(inst.kind).toBe('sparse');
    expect([inst.rows, inst.cols, inst.pairs]).toEqual([3, 4, 4]);
    expect(Array.from(inst.rowStart)).toEqual([0, 2, 2, 4]);
    expect(Array.from(inst.colIdx)).toEqual([1, 3, 0, 2]);
    expect(Array.from(inst.cost)).toEqual([-5, 7, 2147483647, -2147483647]);
  });

  it('reads a dense file (CRLF line ends, extra spaces) as CSR with every pair allowed', () => {
    const inst = parse('LAP1 dense 2 3\r\n 1 2  3\r\n4 5 6 \r\n');
    expect(inst.kind).toBe('dense');
    expect(Array.from(inst.rowStart)).toEqual([0, 3, 6]);
    expect(Array.from(inst.colIdx)).toEqual([0, 1, 2, 0, 1, 2]);
    expect(Array.from(inst.cost)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('accepts empty instances and a missing final newline', () => {
    expect(parse('LAP1 sparse 0 5 0\n').rows).toBe(0);
    expect(parse('LAP1 dense 1 1\n9').cost[0]).toBe(9);
  });

  it.each([
    ['', /t\.lap:1: expected header/],
    ['LAP2 dense 1 1\n1\n', /t\.lap:1: expected header .* "LAP2"/],
    ['LAP1 banded 1 1\n1\n', /t\.lap:1: unknown kind "banded"/],
    ['LAP1 dense 2 2\n1 2\n3\n', /t\.lap:3: expected a row of costs \(2 per line\), found end of line/],
    ['LAP1 dense 1 2\n1 2 3\n', /t\.lap:2: row 0: unexpected "3"/],
    ['LAP1 sparse 2 2 2\n0 1 5\n0 0 4\n', /t\.lap:3: pair \(0, 0\) is not sorted/],
    [
      'LAP1 sparse 2 2 2\n0 1 5\n0 1 4\n',
      /t\.lap:3: pair \(0, 1\) is not sorted by row then column or repeats/,
    ],
    ['LAP1 sparse 2 2 1\n2 0 5\n', /t\.lap:2: row 2 out of range 0\.\.1/],
    ['LAP1 sparse 2 2 1\n0 -1 5\n', /t\.lap:2: column -1 out of range/],
    ['LAP1 sparse 2 2 2\n0 1 5\n', /t\.lap:3: expected a pair line "i j cost", found end of file/],
    ['LAP1 sparse 2 2 1\n0 1 5 6\n', /t\.lap:2: a pair line "i j cost": unexpected "6"/],
    ['LAP1 sparse 2 2 1\n0 1\n', /t\.lap:2: expected a pair line "i j cost", found end of line/],
    ['LAP1 sparse 2 2 1\n0 1 2147483648\n', /t\.lap:2: cost 2147483648 outside/],
    ['LAP1 sparse 2 2 1\n0 1 5x\n', /t\.lap:2: .* glued to "x"/],
    ['LAP1 sparse 2 2 1\n0 1 5\n1 1 1\n', /t\.lap:3: unexpected data after the 1 pairs/],
    ['LAP1 sparse 2 2 5\n', /t\.lap:1: nnz 5 exceeds rows x cols/],
    ['LAP1 dense -1 2\n', /t\.lap:1: header: rows must not be negative/],
  ])('rejects %j with an error naming the line', (text, message) => {
    expect(() => parse(text)).toThrow(message);
  });
});

describe('readLap', () => {
  const dir = mkdtempSync(join(tmpdir(), 'penata-lap-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const text = '# gz test\nLAP1 sparse 2 3 3\n0 0 1\n0 2 -1\n1 1 4\n';

  it('reads plain and gzip-compressed files alike', async () => {
    writeFileSync(join(dir, 'a.lap'), text);
    writeFileSync(join(dir, 'a.lap.gz'), gzipSync(Buffer.from(text)));
    const plain = await readLap(join(dir, 'a.lap'));
    const gz = await readLap(join(dir, 'a.lap.gz'));
    expect(Array.from(gz.colIdx)).toEqual(Array.from(plain.colIdx));
    expect(Array.from(gz.cost)).toEqual([1, -1, 4]);
  });

  it('names the file in errors, including a broken gzip file', async () => {
    writeFileSync(join(dir, 'bad.lap'), 'LAP1 sparse 1 1 1\n0 0 x\n');
    await expect(readLap(join(dir, 'bad.lap'))).rejects.toThrow(/bad\.lap:2:/);
    writeFileSync(join(dir, 'bad.lap.gz'), 'not gzip');
    await expect(readLap(join(dir, 'bad.lap.gz'))).rejects.toThrow(/bad\.lap\.gz: not a valid gzip file/);
  });
});
