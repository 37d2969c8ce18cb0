import { digitAt, type BytesOrError } from './hexBytes';
import { textError } from './position';

/** One line of a dump: its offset column and the hex groups after it. */
interface DumpLine {
  text: string;
  offset: number;
  /**
   * [start, end) in `text` of each whitespace-separated run of whole byte pairs, left to
   * right; the runs may reach into the ASCII column.
   */
  starts: number[];
  ends: number[];
}

const OFFSET = /^[ \t]*([0-9A-Fa-f]{4,16}):?(?=[ \t]|$)/;
const isBlank = (code: number) => code === 0x20 || code === 0x09;

/**
 * Reads a hex dump with an offset column and, optionally, an ASCII column: `xxd`
 * (`00000000: 0300 1700  ....`), `hexdump -C` (`00000000  03 00 17 00  |....|`),
 * PowerShell's Format-Hex and the like. Returns null when the text is not such a dump.
 * Which hex groups belong to a line is decided by the offsets (the next line's offset
 * minus this one's), so an ASCII column that happens to look like hex is not mistaken for
 * data; on the last line, by the column where the ASCII text began on the lines above,
 * or else by its length.
 */
export function readHexDump(text: string): (BytesOrError & { bytesPerLine: number }) | null {
  const lines = splitLines(text);
  if (lines.length === 0) return null;
  if (lines.length === 1 && !/:|^\s*0{6,}\s/.test(lines[0]!.text)) return null;
  const groupCounts: number[] = [];
  let asciiColumn = Infinity;
  for (let n = 0; n + 1 < lines.length; n++) {
    const line = lines[n]!;
    const expected = lines[n + 1]!.offset - line.offset;
    const groups = expected > 0 ? groupsHolding(line, expected) : null;
    if (groups === null) return null;
    groupCounts.push(groups);
    const hexEnd = groups === 0 ? 0 : line.ends[groups - 1]!;
    let ascii = hexEnd;
    while (ascii < line.text.length && isBlank(line.text.charCodeAt(ascii))) ascii++;
    if (ascii < line.text.length) asciiColumn = Math.min(asciiColumn, ascii);
  }
  const last = lines[lines.length - 1]!;
  const lastGroups = lastLineGroups(last, asciiColumn);
  if (lastGroups === null) return null;
  groupCounts.push(lastGroups);

  let total = 0;
  lines.forEach((line, n) => (total += pairsIn(line, groupCounts[n]!)));
  const bytes = new Uint8Array(total);
  let out = 0;
  lines.forEach((line, n) => {
    for (let g = 0; g < groupCounts[n]!; g++) {
      for (let k = line.starts[g]!; k < line.ends[g]!; k += 2) {
        bytes[out++] = (digitAt(line.text, k) << 4) | digitAt(line.text, k + 1);
      }
    }
  });
  return { kind: 'bytes', bytes, bytesPerLine: pairsIn(lines[0]!, groupCounts[0]!) };
}

function pairsIn(line: DumpLine, groups: number): number {
  let pairs = 0;
  for (let g = 0; g < groups; g++) pairs += (line.ends[g]! - line.starts[g]!) / 2;
  return pairs;
}

/** How many leading groups hold exactly `expected` bytes, or null if no count does. */
function groupsHolding(line: DumpLine, expected: number): number | null {
  let count = 0;
  for (let g = 0; g < line.starts.length; g++) {
    count += (line.ends[g]! - line.starts[g]!) / 2;
    if (count === expected) return g + 1;
    if (count > expected) return null;
  }
  return null;
}

/** How many groups of the last line are data. */
function lastLineGroups(line: DumpLine, asciiColumn: number): number | null {
  const groups = line.starts.length;
  if (groups === 0) return 0;
  const restAfter = (g: number) => line.text.slice(g === 0 ? 0 : line.ends[g - 1]);
  if (line.text.length > asciiColumn) {
    let inHex = 0;
    while (inHex < groups && line.ends[inHex]! <= asciiColumn) inHex++;
    const gap = line.text.slice(inHex === 0 ? 0 : line.ends[inHex - 1], asciiColumn);
    return gap.trim() === '' ? inHex : null;
  }
  // No column to go by: the ASCII column holds one character per byte, and stands apart
  // from the hex by two spaces (xxd) or a bar (hexdump -C).
  const asciiAfter = (g: number) => {
    const rest = restAfter(g);
    const apart = /^\s{2,}\S|^\s*\|/.test(rest);
    return apart ? rest.trim().replace(/^\|(.*)\|$/, '$1').length : null;
  };
  let bytes = 0;
  for (let g = 1; g < groups; g++) {
    bytes += (line.ends[g - 1]! - line.starts[g - 1]!) / 2;
    if (asciiAfter(g) === bytes) return g;
  }
  if (restAfter(groups).trim() === '') return groups;
  bytes += (line.ends[groups - 1]! - line.starts[groups - 1]!) / 2;
  return asciiAfter(groups) === bytes ? groups : null;
}

function splitLines(text: string): DumpLine[] {
  const lines: DumpLine[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const lineText = text.slice(start, end > start && text[end - 1] === '\r' ? end - 1 : end);
    start = end + 1;
    if (lineText.trim() === '' || (lines.length === 0 && isHeaderLine(lineText))) continue;
    const line = parseLine(lineText);
    if (line === null) return [];
    lines.push(line);
  }
  return lines;
}

/** Longer than any header line; spares a long line of hex the work of checking. */
const MAX_HEADER_LINE = 200;
const COLUMN_NUMBERS = Array.from({ length: 16 }, (_, i) => i.toString(16).padStart(2, '0')).join(
  ' ',
);

/**
 * The lines PowerShell's Format-Hex writes above the bytes: a `Label:` or `Path:` line,
 * `Offset Bytes Ascii`, the column numbers `00 01 … 0F`, and a rule of dashes.
 */
function isHeaderLine(line: string): boolean {
  if (line.length > MAX_HEADER_LINE) return false;
  const words = line.trim().replace(/\s+/g, ' ');
  return (
    /^(?:label|path):/i.test(words) ||
    /^offset\b/i.test(words) ||
    /^[- ]+$/.test(words) ||
    words.toLowerCase().startsWith(COLUMN_NUMBERS)
  );
}

function parseLine(text: string): DumpLine | null {
  const offsetMatch = OFFSET.exec(text);
  if (!offsetMatch) return null;
  const starts: number[] = [];
  const ends: number[] = [];
  let i = offsetMatch[0].length;
  for (;;) {
    while (i < text.length && isBlank(text.charCodeAt(i))) i++;
    let end = i;
    while (end < text.length && digitAt(text, end) !== -1) end++;
    const boundary = end === text.length || isBlank(text.charCodeAt(end));
    if (end === i || (end - i) % 2 === 1 || !boundary) break;
    starts.push(i);
    ends.push(end);
    i = end;
  }
  return { text, offset: parseInt(offsetMatch[1]!, 16), starts, ends };
}

/** hexdump squeezes repeated lines into `*`, which loses the bytes they stood for. */
export function squeezedDumpError(text: string): BytesOrError | null {
  const star = /^[ \t]*\*[ \t]*$/m.exec(text);
  if (!star || !/^[ \t]*[0-9A-Fa-f]{4,16}[: \t]/m.test(text)) return null;
  return textError(
    text,
    star.index + star[0].indexOf('*'),
    'This hex dump squeezes repeated lines into "*"; dump again without squeezing (hexdump -v)',
  );
}
