import { bench, describe } from 'vitest';
import { compareWithServer } from '../compare/compare';
import { parseUidlListing } from '../compare/listing';
import { decodeUidlHistory } from '../decoder/index';
import { guidUid, makeGuidHistory } from '../decoder/testing/generate';
import { toCsv } from '../export/csv';
import { readInput } from '../input/readInput';

// The largest history Count can describe, and a server listing as long, half of it shared.
const TAGS = 65_535;
const uid = guidUid;
const bytes = makeGuidHistory(TAGS);
const history = decodeUidlHistory(bytes);
const listingText = Array.from({ length: TAGS }, (_, i) => `${i + 1} ${uid(i + (TAGS >> 1))}`).join(
  '\r\n',
);
const listing = parseUidlListing(listingText);
const encoder = new TextEncoder();
const spacedHex = encoder.encode([...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' '));
const dumpLines: string[] = [];
for (let at = 0; at < bytes.length; at += 16) {
  const row = [...bytes.subarray(at, at + 16)];
  const hex = row.map((b) => b.toString(16).padStart(2, '0')).join(' ');
  const ascii = row.map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
  dumpLines.push(`${at.toString(16).padStart(8, '0')}  ${hex.padEnd(47)}  |${ascii}|`);
}
const dump = encoder.encode(dumpLines.join('\n'));
const base64 = encoder.encode(Buffer.from(bytes).toString('base64'));

// Few runs: each takes long enough to measure on its own.
const RUNS = { iterations: 5 };

describe(`65,535 tags (${(bytes.length / 1e6).toFixed(1)} MB BLOB)`, () => {
  bench('parseUidlListing, 65,535 lines', () => void parseUidlListing(listingText), RUNS);
  bench('compareWithServer, 65,535 × 65,535', () => void compareWithServer(history, listing), RUNS);
  bench(
    `readInput, spaced hex text (${(spacedHex.length / 1e6).toFixed(1)} MB)`,
    () => void readInput(spacedHex),
    RUNS,
  );
  bench(
    `readInput, hexdump -C text (${(dump.length / 1e6).toFixed(1)} MB)`,
    () => void readInput(dump),
    RUNS,
  );
  bench(
    `readInput, base64 text (${(base64.length / 1e6).toFixed(1)} MB)`,
    () => void readInput(base64),
    RUNS,
  );
  bench('toCsv', () => void toCsv(history), RUNS);
});
