import type { TextPool } from './textPool';

/**
 * Finds repeated decoded UIDs without making a string per tag. Each UID's text run in
 * the pool is hashed as its tag is read; at the end the hashes are radix-sorted and only
 * tags with equal hashes have their text compared. (A hash table probed per tag costs a
 * cache miss per tag on a large history; sorting touches memory in order.)
 */
export class UidIndex {
  private readonly pool: TextPool;
  private size = 0;
  private tags: Uint32Array;
  private hashes: Uint32Array;
  private starts: Uint32Array;
  private ends: Uint32Array;

  constructor(pool: TextPool, expected: number) {
    this.pool = pool;
    const capacity = Math.max(64, expected);
    this.tags = new Uint32Array(capacity);
    this.hashes = new Uint32Array(capacity);
    this.starts = new Uint32Array(capacity);
    this.ends = new Uint32Array(capacity);
  }

  /** Notes that tag `tag` has the UID in pool text [start, end); tags come in order. */
  add(tag: number, start: number, end: number): void {
    if (this.size === this.tags.length) this.grow();
    const i = this.size++;
    this.tags[i] = tag;
    this.hashes[i] = this.pool.hashRun(start, end);
    this.starts[i] = start;
    this.ends[i] = end;
  }

  /** Each tag whose UID an earlier tag has, paired with the first such tag, in tag order. */
  repeats(): Array<{ tag: number; first: number }> {
    const order = this.sortedByHash();
    const found: Array<{ tag: number; first: number }> = [];
    let groupStart = 0;
    for (let i = 1; i <= order.length; i++) {
      const hash = this.hashes[order[groupStart] ?? 0];
      if (i < order.length && this.hashes[order[i] ?? 0] === hash) continue;
      // order[groupStart..i) share a hash, in tag order (the sort is stable).
      for (let j = groupStart + 1; j < i; j++) {
        const later = order[j] ?? 0;
        for (let k = groupStart; k < j; k++) {
          const earlier = order[k] ?? 0;
          if (this.sameText(earlier, later)) {
            found.push({ tag: this.tags[later] ?? 0, first: this.tags[earlier] ?? 0 });
            break;
          }
        }
      }
      groupStart = i;
    }
    return found.sort((a, b) => a.tag - b.tag);
  }

  private sameText(a: number, b: number): boolean {
    const start = this.starts[a] ?? 0;
    const length = (this.ends[a] ?? 0) - start;
    const other = this.starts[b] ?? 0;
    return (this.ends[b] ?? 0) - other === length && this.pool.equalRuns(start, other, length);
  }

  /** Entry numbers ordered by hash, stable: LSD radix sort, four passes of 8 bits. */
  private sortedByHash(): Uint32Array {
    let order = new Uint32Array(this.size);
    for (let i = 0; i < order.length; i++) order[i] = i;
    let next = new Uint32Array(this.size);
    const counts = new Uint32Array(256);
    for (let shift = 0; shift < 32; shift += 8) {
      counts.fill(0);
      for (let i = 0; i < order.length; i++) {
        const digit = ((this.hashes[order[i] ?? 0] ?? 0) >>> shift) & 0xff;
        counts[digit] = (counts[digit] ?? 0) + 1;
      }
      let sum = 0;
      for (let d = 0; d < 256; d++) {
        const count = counts[d] ?? 0;
        counts[d] = sum;
        sum += count;
      }
      for (let i = 0; i < order.length; i++) {
        const entry = order[i] ?? 0;
        const digit = ((this.hashes[entry] ?? 0) >>> shift) & 0xff;
        next[counts[digit] ?? 0] = entry;
        counts[digit] = (counts[digit] ?? 0) + 1;
      }
      [order, next] = [next, order];
    }
    return order;
  }

  private grow(): void {
    const grown = (column: Uint32Array): Uint32Array => {
      const next = new Uint32Array(column.length * 2);
      next.set(column);
      return next;
    };
    this.tags = grown(this.tags);
    this.hashes = grown(this.hashes);
    this.starts = grown(this.starts);
    this.ends = grown(this.ends);
  }
}
