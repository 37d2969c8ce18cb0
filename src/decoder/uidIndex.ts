import type { TextPool } from './textPool';

/**
 * Finds repeated decoded UIDs as the tags are read, without making a string per tag.
 *
 * An open-addressing table holds the first tag of each distinct UID; a slot keeps the
 * UID's hash beside the entry, so a probe compares keys (the UIDs' UTF-8 bytes in the
 * pool) only when the full hashes are equal. The hash is seeded afresh for each
 * index, so a file cannot be crafted to make its UIDs collide; and should collisions
 * still pile up (more key comparisons than a budget linear in the tags), the index
 * stops probing and sorts the remaining UIDs by hash and bytes instead, so the work
 * stays O(n log n) whatever the UIDs are.
 */
export class UidIndex {
  private readonly pool: TextPool;
  /** The hash seeds: `hashStep` from `basis` with the odd multiplier `factor`. */
  readonly basis: number;
  readonly factor: number;
  /** Key comparisons made so far (tests check the bound). */
  comparisons = 0;
  private budget: number;
  private slots: Int32Array; // pairs: hash, entry + 1 (0 = empty)
  private mask: number;
  private used = 0;
  private size = 0;
  private tags: Uint32Array;
  private hashes: Int32Array;
  private starts: Uint32Array;
  private ends: Uint32Array;
  /** Repeats found: tag, first tag with that UID. */
  private repeatTags: number[] = [];
  private repeatFirsts: number[] = [];
  /** True once the table gave up and the rest waits for the sort. */
  private sorting = false;

  constructor(pool: TextPool, expected: number, seed = Math.random()) {
    this.pool = pool;
    const spread = Math.floor(seed * 0x7fffffff);
    this.basis = (0x811c9dc5 ^ spread) & HASH_MASK;
    this.factor = (0x01000193 + 2 * (spread & 0xffff)) | 1;
    const capacity = Math.max(64, expected);
    let slots = 128;
    while (slots < capacity * 2) slots *= 2;
    this.slots = new Int32Array(slots * 2);
    this.mask = slots - 1;
    this.budget = 4 * capacity + 1024;
    this.tags = new Uint32Array(capacity);
    this.hashes = new Int32Array(capacity);
    this.starts = new Uint32Array(capacity);
    this.ends = new Uint32Array(capacity);
  }

  /**
   * Notes that tag `tag` has the UID in pool bytes [start, end), whose `hashStep`
   * hash (from `basis`, before `finalHash`) is `hash` (the reader passes it, having
   * hashed the bytes as it wrote them). Tags come in order.
   */
  add(tag: number, start: number, end: number, hash = this.hashOf(start, end)): void {
    if (this.size === this.tags.length) this.grow();
    const entry = this.size++;
    const full = finalHash(hash);
    this.tags[entry] = tag;
    this.hashes[entry] = full;
    this.starts[entry] = start;
    this.ends[entry] = end;
    if (this.sorting) return;
    const slots = this.slots;
    let slot = full & this.mask;
    for (;;) {
      const held = slots[2 * slot + 1] ?? 0;
      if (held === 0) break;
      if (slots[2 * slot] === full && this.sameKey(held - 1, entry)) {
        this.repeatTags.push(tag);
        this.repeatFirsts.push(this.tags[held - 1] ?? 0);
        return;
      }
      if (this.comparisons > this.budget) {
        this.sorting = true;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    slots[2 * slot] = full;
    slots[2 * slot + 1] = entry + 1;
    if (++this.used * 2 > this.mask) this.rehash();
  }

  /** `hashStep` over pool bytes [start, end). */
  hashOf(start: number, end: number): number {
    const bytes = this.pool.bytes;
    let hash = this.basis;
    for (let i = start; i < end; i++) hash = hashStep(hash, bytes[i] ?? 0, this.factor);
    return hash;
  }

  /** Each tag whose UID an earlier tag has, paired with the first such tag, in tag order. */
  repeats(): Array<{ tag: number; first: number }> {
    if (this.sorting) return this.repeatsBySorting();
    return this.repeatTags.map((tag, i) => ({ tag, first: this.repeatFirsts[i] ?? 0 }));
  }

  /** Every entry ordered by hash, then bytes, then tag: equal UIDs end up side by side. */
  private repeatsBySorting(): Array<{ tag: number; first: number }> {
    const order = Array.from({ length: this.size }, (_, i) => i);
    order.sort(
      (a, b) => (this.hashes[a] ?? 0) - (this.hashes[b] ?? 0) || this.compareKeys(a, b) || a - b,
    );
    const found: Array<{ tag: number; first: number }> = [];
    let first = order[0] ?? 0;
    for (let i = 1; i < order.length; i++) {
      const entry = order[i] ?? 0;
      const previous = order[i - 1] ?? 0;
      if (this.hashes[entry] === this.hashes[previous] && this.sameKey(previous, entry)) {
        found.push({ tag: this.tags[entry] ?? 0, first: this.tags[first] ?? 0 });
      } else {
        first = entry;
      }
    }
    return found.sort((a, b) => a.tag - b.tag);
  }

  private sameKey(a: number, b: number): boolean {
    this.comparisons += 1;
    const start = this.starts[a] ?? 0;
    const length = (this.ends[a] ?? 0) - start;
    const other = this.starts[b] ?? 0;
    return (this.ends[b] ?? 0) - other === length && this.pool.equalRuns(start, other, length);
  }

  /** Byte order of two keys (shorter first on a common prefix). */
  private compareKeys(a: number, b: number): number {
    this.comparisons += 1;
    const bytes = this.pool.bytes;
    const aStart = this.starts[a] ?? 0;
    const bStart = this.starts[b] ?? 0;
    const aLength = (this.ends[a] ?? 0) - aStart;
    const bLength = (this.ends[b] ?? 0) - bStart;
    const n = Math.min(aLength, bLength);
    for (let i = 0; i < n; i++) {
      const d = (bytes[aStart + i] ?? 0) - (bytes[bStart + i] ?? 0);
      if (d !== 0) return d;
    }
    return aLength - bLength;
  }

  private rehash(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = (slots.length >> 1) - 1;
    for (let s = 0; s < old.length; s += 2) {
      const held = old[s + 1] ?? 0;
      if (held === 0) continue;
      const full = old[s] ?? 0;
      let slot = full & mask;
      while ((slots[2 * slot + 1] ?? 0) !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = full;
      slots[2 * slot + 1] = held;
    }
    this.slots = slots;
    this.mask = mask;
  }

  private grow(): void {
    const grown = <T extends Uint32Array | Int32Array>(column: T): T => {
      const next = new (column.constructor as new (n: number) => T)(column.length * 2);
      next.set(column);
      return next;
    };
    this.tags = grown(this.tags);
    this.hashes = grown(this.hashes);
    this.starts = grown(this.starts);
    this.ends = grown(this.ends);
    this.budget = 4 * this.tags.length + 1024;
  }
}

/**
 * The running hash of a UID is kept to its low 30 bits: FNV-1a modulo 2^30 (the low bits
 * of a product depend only on the low bits of its factors), and `finalHash` mixes it
 * once per UID. A 30-bit value is a small integer to engines whose small
 * integers are 31 bits (V8 in Chromium compresses pointers); a full 32-bit one is a
 * boxed number there, and the UID loop ran five times slower in the page's worker than
 * in Node (`npm run bench` prints the decoder in Chromium's worker too).
 */
export const HASH_MASK = 0x3fffffff;

/** One byte into a UID's hash (the UID reader writes it out for letters and digits). */
export function hashStep(hash: number, byte: number, factor: number): number {
  return Math.imul(hash ^ byte, factor) & HASH_MASK;
}

/**
 * Mixes the high bits of the running hash into the low ones, which pick the slot; 30
 * bits again, so that the table's hashes too are small integers.
 */
export function finalHash(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) & HASH_MASK;
}
