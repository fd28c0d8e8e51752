import { SCORE_SCALE } from '../score-aggregate.js';
import type { ScoredPairs } from '../scored-pairs.js';

/** Growable typed arrays for the CSR result of the whole-city scoring, filled row by row. */
export class PairBuffer {
  private emp: Int32Array;
  private pos: Int32Array;
  private units: Int32Array;
  private status: Uint8Array;
  private n = 0;
  private readonly rowStart: number[] = [0];
  private readonly rowPos: number[] = [];
  private readonly rowUnits: number[] = [];
  private readonly rowFlag: number[] = [];
  private readonly order: number[] = [];

  constructor(capacity: number) {
    const c = Math.max(16, capacity);
    this.emp = new Int32Array(c);
    this.pos = new Int32Array(c);
    this.units = new Int32Array(c);
    this.status = new Uint8Array(c);
  }

  /** Adds a pair to the current row, in any order. */
  push(p: number, units: number, flag: number): void {
    this.rowPos.push(p);
    this.rowUnits.push(units);
    this.rowFlag.push(flag);
  }

  /** Closes person e's row, sorting its pairs by post index. */
  endRow(e: number): void {
    const { rowPos: pos, rowUnits: units, rowFlag: flag, order } = this;
    order.length = pos.length;
    for (let i = 0; i < pos.length; i++) order[i] = i;
    order.sort((a, b) => pos[a]! - pos[b]!);
    this.reserve(this.n + order.length);
    for (const i of order) {
      this.emp[this.n] = e;
      this.pos[this.n] = pos[i]!;
      this.units[this.n] = units[i]!;
      this.status[this.n] = flag[i]!;
      this.n++;
    }
    this.rowStart.push(this.n);
    pos.length = 0;
    units.length = 0;
    flag.length = 0;
  }

  finish(employees: number, positions: number): ScoredPairs {
    const n = this.n;
    const scoreUnits = this.units.slice(0, n);
    const score = new Float64Array(n);
    for (let i = 0; i < n; i++) score[i] = scoreUnits[i]! / SCORE_SCALE;
    return {
      employees,
      positions,
      rowStart: Int32Array.from(this.rowStart),
      employeeIndex: this.emp.slice(0, n),
      positionIndex: this.pos.slice(0, n),
      scoreUnits,
      score,
      status: this.status.slice(0, n),
    };
  }

  private reserve(size: number): void {
    if (size <= this.emp.length) return;
    const c = Math.max(size, this.emp.length * 2);
    const emp = new Int32Array(c);
    const pos = new Int32Array(c);
    const units = new Int32Array(c);
    const status = new Uint8Array(c);
    emp.set(this.emp);
    pos.set(this.pos);
    units.set(this.units);
    status.set(this.status);
    this.emp = emp;
    this.pos = pos;
    this.units = units;
    this.status = status;
  }
}
