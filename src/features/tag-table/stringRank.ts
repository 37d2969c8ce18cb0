/**
 * Ranks of strings in code-unit order, for sorting the table by a text column: computed
 * once per history and column, then every sort by it is a counting sort over the ranks.
 */

/** Strings one step handles; a step is a few milliseconds, even in code not yet optimised. */
export const RANK_SLICE = 4096;

/**
 * Six characters from `from` as one number that orders like the strings do (each char
 * is code + 1, capped at 255, 0 past the end; 48 bits fit a double exactly), so most
 * comparisons are a subtraction or two.
 */
function prefixKey(text: string, from: number): number {
  let key = 0;
  for (let k = from; k < from + 6; k++) {
    const code = k < text.length ? Math.min(text.charCodeAt(k) + 1, 255) : 0;
    key = key * 256 + code;
  }
  return key;
}

/** Merges the sorted runs [lo, mid) and [mid, hi) of `from` into `to`, a slice per step. */
function* merge(
  from: Uint32Array,
  to: Uint32Array,
  lo: number,
  mid: number,
  hi: number,
  compare: (a: number, b: number) => number,
): Generator<void, void, void> {
  let i = lo;
  let j = mid;
  for (let k = lo; k < hi; k++) {
    if ((k - lo) % RANK_SLICE === RANK_SLICE - 1) yield;
    const a = from[i] ?? 0;
    const b = from[j] ?? 0;
    if (j >= hi || (i < mid && compare(a, b) <= 0)) {
      to[k] = a;
      i++;
    } else {
      to[k] = b;
      j++;
    }
  }
}

/**
 * `stringRank` as steps (a generator: each `next()` is one), so that a page can rank
 * 65,535 UIDs without a long task: runs of RANK_SLICE strings are sorted one per step,
 * then merged pairwise.
 */
export function* stringRankSteps(keys: readonly string[]): Generator<void, Uint32Array, void> {
  const n = keys.length;
  // Many UIDs share their first characters (zero-padded ids), hence two prefixes.
  const head = new Float64Array(n);
  const next = new Float64Array(n);
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    if (i % RANK_SLICE === RANK_SLICE - 1) yield;
    const key = keys[i] ?? '';
    head[i] = prefixKey(key, 0);
    next[i] = prefixKey(key, 6);
    order[i] = i;
  }
  const compare = (a: number, b: number): number => {
    const byPrefix = (head[a] ?? 0) - (head[b] ?? 0) || (next[a] ?? 0) - (next[b] ?? 0);
    if (byPrefix !== 0) return byPrefix;
    const ka = keys[a] ?? '';
    const kb = keys[b] ?? '';
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
  for (let from = 0; from < n; from += RANK_SLICE) {
    order.subarray(from, Math.min(n, from + RANK_SLICE)).sort(compare);
    yield;
  }
  let spare = new Uint32Array(n);
  for (let width = RANK_SLICE; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      yield* merge(order, spare, lo, Math.min(n, lo + width), Math.min(n, lo + 2 * width), compare);
    }
    [order, spare] = [spare, order];
  }
  const rank = new Uint32Array(n);
  for (let k = 1; k < n; k++) {
    if (k % RANK_SLICE === 0) yield;
    const previous = order[k - 1] ?? 0;
    const current = order[k] ?? 0;
    rank[current] = compare(previous, current) === 0 ? (rank[previous] ?? 0) : k;
  }
  return rank;
}

/**
 * Rank of each string in code-unit order (equal strings, equal rank). Plain `<`, not
 * localeCompare: UIDs are ASCII and locale-aware comparison is far too slow here.
 */
export function stringRank(keys: readonly string[]): Uint32Array {
  const steps = stringRankSteps(keys);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}
