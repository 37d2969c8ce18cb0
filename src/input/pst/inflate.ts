/**
 * A small zlib (RFC 1950) / DEFLATE (RFC 1951) decoder for the compressed blocks of OST
 * files with 4 KiB pages, whose block B-tree gives each block's inflated size. Output is
 * never allowed past that size; any fault is returned as a sentence.
 */
class Bits {
  private at: number;
  private buffer = 0;
  private count = 0;

  constructor(
    private readonly input: Uint8Array,
    start: number,
  ) {
    this.at = start;
  }

  take(n: number): number {
    while (this.count < n) {
      if (this.at >= this.input.length) throw new RangeError('the compressed data ends early');
      this.buffer |= this.input[this.at++]! << this.count;
      this.count += 8;
    }
    const value = this.buffer & ((1 << n) - 1);
    this.buffer >>>= n;
    this.count -= n;
    return value;
  }

  /** Drops the bits left in the current byte; returns the next byte's offset. */
  align(): number {
    this.buffer = 0;
    this.count = 0;
    return this.at;
  }

  skipTo(at: number): void {
    this.at = at;
  }
}

/** A canonical Huffman code, decoded one bit at a time (codes here are short and few). */
interface Code {
  counts: Uint16Array;
  symbols: Uint16Array;
}

function code(lengths: ArrayLike<number>): Code {
  const counts = new Uint16Array(16);
  for (let i = 0; i < lengths.length; i++) counts[lengths[i]!]!++;
  counts[0] = 0;
  const offsets = new Uint16Array(16);
  for (let len = 1; len < 16; len++) offsets[len] = offsets[len - 1]! + counts[len - 1]!;
  const symbols = new Uint16Array(lengths.length);
  for (let i = 0; i < lengths.length; i++) {
    const len = lengths[i]!;
    if (len !== 0) symbols[offsets[len]!++] = i;
  }
  return { counts, symbols };
}

function decodeSymbol(bits: Bits, { counts, symbols }: Code): number {
  let value = 0;
  let first = 0;
  let index = 0;
  for (let len = 1; len < 16; len++) {
    value |= bits.take(1);
    const count = counts[len]!;
    if (value - first < count) return symbols[index + value - first]!;
    index += count;
    first = (first + count) << 1;
    value <<= 1;
  }
  throw new RangeError('an invalid Huffman code');
}

const LENGTH_BASE: number[] = [];
const LENGTH_EXTRA: number[] = [];
for (let i = 0, base = 3; i < 28; i++) {
  const extra = i < 8 ? 0 : (i - 4) >> 2;
  LENGTH_BASE.push(base);
  LENGTH_EXTRA.push(extra);
  base += 1 << extra;
}
LENGTH_BASE.push(258);
LENGTH_EXTRA.push(0);

const DIST_BASE: number[] = [];
const DIST_EXTRA: number[] = [];
for (let i = 0, base = 1; i < 30; i++) {
  const extra = i < 4 ? 0 : (i - 2) >> 1;
  DIST_BASE.push(base);
  DIST_EXTRA.push(extra);
  base += 1 << extra;
}

const FIXED_LITERALS = code(
  Array.from({ length: 288 }, (_, i) => (i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8)),
);
const FIXED_DISTANCES = code(new Array<number>(30).fill(5));
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

function dynamicCodes(bits: Bits): [Code, Code] {
  const literalCount = bits.take(5) + 257;
  const distanceCount = bits.take(5) + 1;
  const lengthCodeCount = bits.take(4) + 4;
  const lengthLengths = new Uint8Array(19);
  for (let i = 0; i < lengthCodeCount; i++) lengthLengths[CODE_LENGTH_ORDER[i]!] = bits.take(3);
  const lengthCode = code(lengthLengths);
  const lengths = new Uint8Array(literalCount + distanceCount);
  for (let i = 0; i < lengths.length;) {
    const symbol = decodeSymbol(bits, lengthCode);
    if (symbol < 16) {
      lengths[i++] = symbol;
      continue;
    }
    let repeat: number;
    let value = 0;
    if (symbol === 16) {
      if (i === 0) throw new RangeError('a repeat with nothing before it');
      value = lengths[i - 1]!;
      repeat = 3 + bits.take(2);
    } else if (symbol === 17) repeat = 3 + bits.take(3);
    else repeat = 11 + bits.take(7);
    if (i + repeat > lengths.length) throw new RangeError('too many code lengths');
    lengths.fill(value, i, i + repeat);
    i += repeat;
  }
  return [code(lengths.subarray(0, literalCount)), code(lengths.subarray(literalCount))];
}

/** The inflated bytes, exactly `size` of them, or why the data could not be inflated. */
export function inflateZlib(input: Uint8Array, size: number): Uint8Array | string {
  if (input.length < 2 || (input[0]! & 0x0f) !== 8 || ((input[0]! << 8) | input[1]!) % 31 !== 0) {
    return 'it has no zlib header';
  }
  if (input[1]! & 0x20) return 'it needs a preset dictionary';
  const out = new Uint8Array(size);
  let at = 0;
  const bits = new Bits(input, 2);
  try {
    for (let last = 0; !last;) {
      last = bits.take(1);
      const type = bits.take(2);
      if (type === 0) {
        const start = bits.align();
        if (start + 4 > input.length) return 'the compressed data ends early';
        const length = input[start]! | (input[start + 1]! << 8);
        const check = input[start + 2]! | (input[start + 3]! << 8);
        if ((length ^ 0xffff) !== check) return 'a stored block has a bad length';
        if (start + 4 + length > input.length || at + length > size)
          return 'a stored block is too long';
        out.set(input.subarray(start + 4, start + 4 + length), at);
        at += length;
        bits.skipTo(start + 4 + length);
        continue;
      }
      if (type === 3) return 'it uses the reserved block type 3';
      const [literals, distances] =
        type === 1 ? [FIXED_LITERALS, FIXED_DISTANCES] : dynamicCodes(bits);
      for (;;) {
        const symbol = decodeSymbol(bits, literals);
        if (symbol < 256) {
          if (at >= size) return `it inflates to more than ${size} bytes`;
          out[at++] = symbol;
        } else if (symbol === 256) {
          break;
        } else {
          const li = symbol - 257;
          if (li >= 29) return 'an invalid length code';
          const length = LENGTH_BASE[li]! + bits.take(LENGTH_EXTRA[li]!);
          const di = decodeSymbol(bits, distances);
          if (di >= 30) return 'an invalid distance code';
          const distance = DIST_BASE[di]! + bits.take(DIST_EXTRA[di]!);
          if (distance > at) return 'a distance reaches before the start';
          if (at + length > size) return `it inflates to more than ${size} bytes`;
          for (let k = 0; k < length; k++, at++) out[at] = out[at - distance]!;
        }
      }
    }
  } catch (error) {
    return error instanceof RangeError ? error.message : String(error);
  }
  if (at !== size) return `it inflates to ${at} bytes, not ${size}`;
  return out;
}
