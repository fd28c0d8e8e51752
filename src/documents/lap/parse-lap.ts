import type { AssignmentInstance } from '../../core/solver/assignment-types.js';

/** A parsed LAP1 file: the CSR instance plus what the header said. */
export interface LapInstance extends AssignmentInstance {
  readonly kind: 'dense' | 'sparse';
  readonly pairs: number;
  readonly cost: Int32Array;
}

const MAX_PAIRS = 2 ** 31 - 1;
const PAIR = 'expected a pair line "i j cost"';
const DENSE_ROW = 'expected a row of costs';
const MAX_ABS_COST = 2 ** 31 - 1;

/**
 * Parses the bytes of a LAP1 file (bench README, "File format"): `#` comment lines before the header,
 * `LAP1 dense R C` + R lines of C integers, or `LAP1 sparse R C NNZ` + NNZ lines `i j cost` (0-based,
 * sorted by i then j, unique). Dense files become CSR too (every pair allowed).
 *
 * Why a byte scanner: a 40 MB file is 9 million numbers; splitting it into strings would allocate
 * gigabytes, while scanning bytes parses it in a few hundred milliseconds with O(pairs) memory.
 * Every malformed input raises an Error naming the source and the line.
 *
 * @example parseLap(Buffer.from('LAP1 sparse 1 2 1\n0 1 -5\n'), 'x.lap') // -> { rows: 1, cols: 2, pairs: 1, ... }
 */
export function parseLap(bytes: Uint8Array, name = 'input'): LapInstance {
  const sc: ByteScanner = new ByteScanner(bytes, name);
  sc.skipPreamble();
  const headerLine = sc.line;
  const magic = sc.word();
  if (magic !== 'LAP1') sc.fail(`expected header "LAP1 dense|sparse ..." but found "${magic}"`, headerLine);
  const kind = sc.word();
  if (kind !== 'dense' && kind !== 'sparse')
    sc.fail(`unknown kind "${kind}" (expected dense or sparse)`, headerLine);
  const rows = sc.count('rows');
  const cols = sc.count('cols');
  const pairs = kind === 'dense' ? rows * cols : sc.count('nnz');
  sc.endOfLine('header');
  if (pairs > MAX_PAIRS) sc.fail(`too many pairs (${pairs})`, headerLine);
  if (kind === 'sparse' && pairs > rows * cols) sc.fail(`nnz ${pairs} exceeds rows x cols`, headerLine);
  const rowStart = new Int32Array(rows + 1);
  const colIdx = new Int32Array(pairs);
  const cost = new Int32Array(pairs);
  if (kind === 'dense') {
    let e = 0;
    for (let i = 0; i < rows; i++) {
      sc.skipBlankLines();
      for (let j = 0; j < cols; j++) {
        colIdx[e] = j;
        cost[e++] = sc.cost(DENSE_ROW, cols);
      }
      sc.endOfLine(`row ${i}`);
      rowStart[i + 1] = e;
    }
  } else {
    let prevI = 0;
    let prevJ = -1;
    for (let e = 0; e < pairs; e++) {
      sc.skipBlankLines();
      const line = sc.line;
      const i = sc.int(PAIR);
      const j = sc.int(PAIR);
      cost[e] = sc.cost(PAIR, 0);
      sc.endOfLine('a pair line "i j cost"');
      if (i < 0 || i >= rows) sc.fail(`row ${i} out of range 0..${rows - 1}`, line);
      if (j < 0 || j >= cols) sc.fail(`column ${j} out of range 0..${cols - 1}`, line);
      if (i < prevI || (i === prevI && j <= prevJ)) {
        sc.fail(`pair (${i}, ${j}) is not sorted by row then column or repeats a pair`, line);
      }
      rowStart[i + 1]!++;
      colIdx[e] = j;
      prevI = i;
      prevJ = j;
    }
    for (let i = 0; i < rows; i++) rowStart[i + 1]! += rowStart[i]!;
  }
  sc.skipBlankLines();
  if (!sc.atEnd()) sc.fail(`unexpected data after the ${pairs} pairs announced by the header`, sc.line);
  return { kind, rows, cols, pairs, rowStart, colIdx, cost };
}

const SPACE = 0x20;
const TAB = 0x09;
const CR = 0x0d;
const LF = 0x0a;
const MINUS = 0x2d;
const PLUS = 0x2b;
const ZERO = 0x30;
const NINE = 0x39;

/** Cursor over the bytes that knows its line number (1-based). */
class ByteScanner {
  pos = 0;
  line = 1;
  constructor(
    private readonly buf: Uint8Array,
    private readonly name: string,
  ) {}

  fail(message: string, line: number): never {
    throw new Error(`${this.name}:${line}: ${message}`);
  }

  atEnd(): boolean {
    return this.pos >= this.buf.length;
  }

  private skipSpaces(): void {
    const b = this.buf;
    let p = this.pos;
    while (p < b.length && (b[p] === SPACE || b[p] === TAB || b[p] === CR)) p++;
    this.pos = p;
  }

  /** Skips comment lines and blank lines before the header. */
  skipPreamble(): void {
    for (;;) {
      this.skipSpaces();
      if (this.buf[this.pos] === 0x23) {
        while (this.pos < this.buf.length && this.buf[this.pos] !== LF) this.pos++;
      }
      if (this.buf[this.pos] !== LF) return;
      this.pos++;
      this.line++;
    }
  }

  skipBlankLines(): void {
    for (;;) {
      this.skipSpaces();
      if (this.buf[this.pos] !== LF) return;
      this.pos++;
      this.line++;
    }
  }

  /** Requires the rest of the line to be blank and moves past its end. */
  endOfLine(what: string): void {
    this.skipSpaces();
    if (this.pos >= this.buf.length) return;
    if (this.buf[this.pos] !== LF)
      this.fail(`${what}: unexpected ${this.peekToken()} at the end of the line`, this.line);
    this.pos++;
    this.line++;
  }

  word(): string {
    this.skipSpaces();
    const from = this.pos;
    const b = this.buf;
    while (
      this.pos < b.length &&
      b[this.pos] !== SPACE &&
      b[this.pos] !== TAB &&
      b[this.pos] !== CR &&
      b[this.pos] !== LF
    ) {
      this.pos++;
    }
    return new TextDecoder('latin1').decode(b.subarray(from, this.pos));
  }

  count(what: string): number {
    const line = this.line;
    const v = this.int(`header: expected ${what}`);
    if (v < 0) this.fail(`header: ${what} must not be negative (got ${v})`, line);
    return v;
  }

  /** An integer cost; `perLine` (dense rows) only makes the error message more precise. */
  cost(what: string, perLine: number): number {
    const v = this.int(what, perLine);
    if (v > MAX_ABS_COST || v < -MAX_ABS_COST) this.fail(`cost ${v} outside |cost| < 2^31`, this.line);
    return v;
  }

  /** Reads one integer on the current line (never crosses a line end). */
  int(what: string, perLine = 0): number {
    const b = this.buf;
    let p = this.pos;
    while (p < b.length && (b[p] === SPACE || b[p] === TAB)) p++;
    let neg = false;
    if (b[p] === MINUS || b[p] === PLUS) {
      neg = b[p] === MINUS;
      p++;
    }
    let c = b[p] ?? 0;
    if (c < ZERO || c > NINE) {
      this.pos = p;
      const expected = perLine > 0 ? `${what} (${perLine} per line)` : what;
      this.fail(`${expected}, found ${this.peekToken()}`, this.line);
    }
    let v = 0;
    let digits = 0;
    while (c >= ZERO && c <= NINE) {
      v = v * 10 + (c - ZERO);
      digits++;
      c = b[++p] ?? 0;
    }
    if (c !== SPACE && c !== TAB && c !== CR && c !== LF && p < b.length) {
      this.pos = p;
      this.fail(`${what}, found a number glued to ${this.peekToken()}`, this.line);
    }
    if (digits > 15) this.fail(`number too large (${digits} digits)`, this.line);
    this.pos = p;
    return neg ? -v : v;
  }

  private peekToken(): string {
    const b = this.buf;
    if (this.pos >= b.length) return 'end of file';
    if (b[this.pos] === LF) return 'end of line';
    let end = this.pos;
    while (
      end < b.length &&
      end - this.pos < 20 &&
      b[end] !== SPACE &&
      b[end] !== TAB &&
      b[end] !== LF &&
      b[end] !== CR
    )
      end++;
    return `"${new TextDecoder('latin1').decode(b.subarray(this.pos, end))}"`;
  }
}
