/**
 * A sorted sample of the pair costs standing for `total` pairs: it sets the candidate thresholds and
 * sizes the buffers of band builds (a generous estimate; builds fall back to an exact count when a
 * band is larger than estimated).
 *
 * @example new CostSample(sampleOfCosts, 1_000_000).ladder(1000, 8) // -> [9, 17, 33, ..., Infinity]
 */
export class CostSample {
  private readonly sorted: Float64Array;

  constructor(
    sample: Float64Array,
    readonly total: number,
  ) {
    this.sorted = sample.slice().sort();
  }

  /**
   * Thresholds at which n rows hold about k, 2k, 4k, ... pairs each on average (costs are integers,
   * so a threshold is a sampled cost + 1); the last entry is +Infinity.
   */
  ladder(n: number, k: number): Float64Array {
    const { sorted } = this;
    const out: number[] = [];
    if (sorted.length > 0) {
      for (let frac = (k * n) / Math.max(1, this.total); frac < 0.5; frac *= 2) {
        const t = sorted[Math.floor(frac * sorted.length)]! + 1;
        if (out.length === 0 || t > out[out.length - 1]!) out.push(t);
      }
    }
    out.push(Number.POSITIVE_INFINITY);
    return Float64Array.from(out);
  }

  /** An upper estimate (three standard deviations and then some) of the pairs with lo <= cost < hi. */
  capacity(lo: number, hi: number): number {
    const len = this.sorted.length;
    if (len === 0) return this.total;
    const inBand = this.below(hi) - this.below(lo);
    const high = inBand + 3 * Math.sqrt(inBand) + 3;
    return Math.min(this.total, Math.ceil((high / len) * this.total * 1.25) + 1024);
  }

  /** Number of sampled costs < x. */
  private below(x: number): number {
    const { sorted } = this;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
