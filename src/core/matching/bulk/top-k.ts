/**
 * The k best entries seen, by a numeric key (higher is better): a binary min-heap on the key, so an
 * entry below the current k-th costs one comparison. Reused across rows with `clear()`.
 */
export class TopK {
  private capacity: number;
  private readonly keys: Float64Array;
  private readonly items: Int32Array;
  private readonly flags: Uint8Array;
  private n = 0;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.keys = new Float64Array(capacity);
    this.items = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
  }

  /** The largest capacity `clear` can set. */
  get maxSize(): number {
    return this.keys.length;
  }

  get size(): number {
    return this.n;
  }

  /** Keys at or below this are refused: -Infinity until the heap is full (and for capacity 0, +Infinity). */
  threshold(): number {
    if (this.capacity === 0) return Number.POSITIVE_INFINITY;
    return this.n < this.capacity ? Number.NEGATIVE_INFINITY : this.keys[0]!;
  }

  /** Empties the heap; `capacity` may shrink it for the next round (never above the size built). */
  clear(capacity = this.keys.length): void {
    this.n = 0;
    this.capacity = Math.min(capacity, this.keys.length);
  }

  offer(key: number, item: number, flag: number): void {
    if (this.capacity === 0) return;
    if (this.n < this.capacity) {
      let i = this.n++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (this.keys[parent]! <= key) break;
        this.move(parent, i);
        i = parent;
      }
      this.put(i, key, item, flag);
      return;
    }
    if (key <= this.keys[0]!) return;
    let i = 0;
    const n = this.n;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && this.keys[r]! < this.keys[l]! ? r : l;
      if (this.keys[c]! >= key) break;
      this.move(c, i);
      i = c;
    }
    this.put(i, key, item, flag);
  }

  /** Calls `f` for every entry held, in no particular order. */
  forEach(f: (item: number, key: number, flag: number) => void): void {
    for (let i = 0; i < this.n; i++) f(this.items[i]!, this.keys[i]!, this.flags[i]!);
  }

  private move(from: number, to: number): void {
    this.keys[to] = this.keys[from]!;
    this.items[to] = this.items[from]!;
    this.flags[to] = this.flags[from]!;
  }

  private put(i: number, key: number, item: number, flag: number): void {
    this.keys[i] = key;
    this.items[i] = item;
    this.flags[i] = flag;
  }
}
