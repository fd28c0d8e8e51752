import { TopK } from './top-k.js';

// Entries per person stay below 2^21 (batches + named posts), units below 2^20: keys below 2^41.
const ENTRY_SPAN = 2 ** 21;

/**
 * One person's eligible pairs before the top-k cut, as entries: a batch of alike posts (all with
 * the same score) or a single post. `select` emits the k best pairs by (score, tie-break) while
 * visiting only the posts of the score levels that reach the cut; whole batches below it are
 * never opened.
 */
export class RowSelection {
  private units: number[] = [];
  private flags: number[] = [];
  /** >= 0: batch index; < 0: -(post + 1). */
  private refs: number[] = [];
  private counts: number[] = [];
  private order: number[] = [];
  private keys = new Float64Array(1024);
  private cut = new TopK(0);

  clear(): void {
    this.units.length = 0;
    this.flags.length = 0;
    this.refs.length = 0;
    this.counts.length = 0;
  }

  /** A batch whose `count` posts (after exclusions) all score `units`. */
  addBatch(batch: number, units: number, flag: number, count: number): void {
    this.units.push(units);
    this.flags.push(flag);
    this.refs.push(batch);
    this.counts.push(count);
  }

  addSingle(post: number, units: number, flag: number): void {
    this.units.push(units);
    this.flags.push(flag);
    this.refs.push(-(post + 1));
    this.counts.push(1);
  }

  /**
   * Emits the best `k` pairs. A batch's posts are `members[batchStart[b] .. batchStart[b+1])`
   * minus those `excluded` says; ties at the cut are settled by `tie` (higher wins).
   */
  select(
    k: number,
    members: Int32Array,
    batchStart: Int32Array,
    excluded: (p: number) => boolean,
    tie: (p: number) => number,
    emit: (p: number, units: number, flag: number) => void,
  ): void {
    const n = this.units.length;
    const { units, flags, refs, counts } = this;
    // Best first, by a numeric sort of units * 2^21 + (2^21 - 1 - entry): no comparator calls.
    if (this.keys.length < n) this.keys = new Float64Array(Math.max(n, 2 * this.keys.length));
    const keys = this.keys.subarray(0, n);
    for (let i = 0; i < n; i++) keys[i] = units[i]! * ENTRY_SPAN + (ENTRY_SPAN - 1 - i);
    keys.sort();
    const order = this.order;
    order.length = n;
    for (let i = 0; i < n; i++) order[i] = ENTRY_SPAN - 1 - (keys[n - 1 - i]! % ENTRY_SPAN);
    let remaining = k;
    for (let i = 0; i < n && remaining > 0; ) {
      const u = units[order[i]!]!;
      let j = i;
      let total = 0;
      while (j < n && units[order[j]!] === u) total += counts[order[j++]!]!;
      const all = total <= remaining;
      if (!all) {
        if (remaining > this.cut.maxSize) this.cut = new TopK(Math.max(remaining, 2 * this.cut.maxSize, 64));
        this.cut.clear(remaining);
      }
      for (let t = i; t < j; t++) {
        const at = order[t]!;
        const ref = refs[at]!;
        const flag = flags[at]!;
        const from = ref < 0 ? 0 : batchStart[ref]!;
        const to = ref < 0 ? 1 : batchStart[ref + 1]!;
        for (let m = from; m < to; m++) {
          const p = ref < 0 ? -ref - 1 : members[m]!;
          if (ref >= 0 && excluded(p)) continue;
          if (all) emit(p, u, flag);
          else this.cut.offer(tie(p), p, flag);
        }
      }
      if (!all) {
        this.cut.forEach((p, _key, flag) => {
          emit(p, u, flag);
        });
        remaining = 0;
      } else remaining -= total;
      i = j;
    }
  }
}
