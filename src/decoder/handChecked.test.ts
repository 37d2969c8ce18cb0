/**
 * Golden values worked out by hand from the bytes of each fixture and FORMAT.md, not
 * written by the decoder (fixtures/*.json are, so they catch changes, not mistakes).
 * Each case says how its numbers follow from the bytes. Offsets are absolute and
 * ranges half-open [start, end); a tag's range includes its 0x00.
 *
 * Layout used throughout (FORMAT.md): Version at [0, 2), Count at [2, 4), tags from 4.
 * A tag at s has its operation at s, content at s + 1, the 14 timestamp digits at
 * [s + 2, s + 16) and its UID from s + 16 up to the 0x00.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, decodeUidlHistory, tagAt } from './index';
import type { DiagnosticCode, Severity } from './index';
import { WELL_FORMED_UID, HAND_CHECKED, type HandChecked } from './testing/handChecked';

const read = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', `${name}.bin`)));

/** "0x0041 (65)": how a diagnostic's message names an offset. */
const offsetName = (offset: number): string =>
  `0x${offset.toString(16).toUpperCase().padStart(4, '0')} (${offset})`;

/** The severities the README's table gives each code. */
const SEVERITY_IN_README: Partial<Record<DiagnosticCode, Severity>> = {
  'too-short': 'error',
  'bad-version': 'error',
  'count-mismatch': 'error',
  'trailing-bytes': 'warning',
  'unterminated-tag': 'error',
  'tag-too-short': 'error',
  'bad-timestamp': 'error',
  'bad-escape': 'error',
  'unescaped-char': 'warning',
  'needless-escape': 'info',
  'uid-empty': 'error',
  'uid-too-long': 'warning',
  'bad-utf8': 'error',
  'duplicate-uid': 'warning',
  'escapes-not-listed': 'warning',
};

function check(name: string, expected: HandChecked): void {
  const bytes = read(name);
  const history = decodeUidlHistory(bytes);

  expect(bytes.length, 'file size').toBe(expected.byteLength);
  expect(history.byteLength).toBe(expected.byteLength);
  const [versionValue, versionStart, versionEnd] = expected.version;
  expect(history.version).toEqual({ value: versionValue, start: versionStart, end: versionEnd });
  // A field the file is too short for has no value and an empty range where it would start.
  const [countValue, countStart, countEnd] = expected.count;
  expect(history.count).toEqual({ value: countValue, start: countStart, end: countEnd });

  // Count against what is there: tags listed, and how many of them end in their 0x00.
  const tags = Array.from({ length: history.tags.length }, (_, i) => tagAt(history, i));
  expect(tags.length, 'tags found').toBe(expected.tags.length);
  expect(tags.filter((tag) => tag.terminated).length, 'terminated tags').toBe(
    expected.tags.filter((tag) => tag.terminated !== false).length,
  );

  expected.tags.forEach((want, i) => {
    const got = tags[i]!;
    const [start, end] = want.range;
    expect(
      {
        range: [got.start, got.end],
        terminated: got.terminated,
        beyondCount: got.beyondCount,
        duplicate: got.duplicate,
        operation: got.operation,
        content: got.content,
        operationRange: [got.operationRange.start, got.operationRange.end],
        contentRange: [got.contentRange.start, got.contentRange.end],
        timestamp: [got.timestampRange.start, got.timestampRange.end, got.timestampRaw],
        iso: got.timestamp,
        uid: [got.uidRange.start, got.uidRange.end, got.rawUid, got.uid],
        escapes: got.escapes.map((e) => [e.start, e.end, e.char]),
        codes: got.diagnosticCodes,
      },
      `tag ${i}`,
    ).toEqual({
      range: [start, end],
      terminated: want.terminated ?? true,
      beyondCount: want.beyondCount ?? false,
      duplicate: want.duplicate ?? false,
      operation: want.operation ?? 'get',
      content: want.content ?? 'body',
      operationRange: [start, start + 1],
      contentRange: [start + 1, start + 2],
      timestamp: want.timestamp,
      iso: want.iso,
      uid: want.uid,
      escapes: want.escapes ?? [],
      // A tag carries exactly the codes of the diagnostics expected on it.
      codes: DIAGNOSTIC_CODES.filter((code) =>
        expected.diagnostics.some(([c, , , tag]) => c === code && tag === i),
      ),
    });
    // Each escape's bytes are '$' and the two hex digits of the character it stands for.
    for (const [escapeStart, escapeEnd, char] of want.escapes ?? []) {
      const text = String.fromCharCode(...bytes.subarray(escapeStart, escapeEnd));
      expect(text.toLowerCase()).toBe(`$${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
    }
  });

  expect(
    history.trailing.map((r) => [r.start, r.end]),
    'trailing',
  ).toEqual(expected.trailing);
  expect(
    history.diagnostics.map((d) => [d.code, d.start, d.end, d.tag]),
    'diagnostics',
  ).toEqual(expected.diagnostics);
  for (const diagnostic of history.diagnostics) {
    expect(diagnostic.severity, diagnostic.code).toBe(SEVERITY_IN_README[diagnostic.code]);
    // FORMAT.md: every malformation comes out as a diagnostic that names the byte offset;
    // a file too short for a header is the whole file, named by its size instead.
    if (diagnostic.code === 'too-short') {
      expect(diagnostic.message).toContain(`has ${expected.byteLength} byte`);
    } else {
      expect(diagnostic.message).toContain(offsetName(diagnostic.start));
    }
  }
  expect(history.diagnosticsOmitted).toBe(0);
}

describe('hand-checked fixtures', () => {
  it.each(Object.keys(HAND_CHECKED))('%s', (name) => check(name, HAND_CHECKED[name]!));

  it('cover at least the worked example, truncation, Count, escapes and duplicates', () => {
    expect(Object.keys(HAND_CHECKED)).toEqual(
      expect.arrayContaining([
        'worked-example',
        'diag-unterminated-tag',
        'diag-count-mismatch',
        'diag-bad-escape',
        'diag-duplicate-uid',
      ]),
    );
  });
});

describe('the worked example against the figure of the documentation', () => {
  const bytes = read('worked-example');
  const history = decodeUidlHistory(bytes);
  // Tags 1, 2, 3 and 22 as the figure lists them in hex (tags 2, 3, 4 and 23 there,
  // counting from 1), written out here as the ASCII they spell. Every tag of the example
  // is 61 bytes, so tag i spans [4 + 61i, 65 + 61i).
  const shown: Array<[index: number, text: string, iso: string, uid: string]> = [
    [
      1,
      '+b20120906131137143DBBCB$2dEA66$2d11E1$2dA5F2$2d002264C154BA',
      '2012-09-06T13:11:37',
      '143DBBCB-EA66-11E1-A5F2-002264C154BA',
    ],
    [
      2,
      '+b2012090613113924E88333$2dEA34$2d11E1$2dA3AC$2d00215AD7F156',
      '2012-09-06T13:11:39',
      '24E88333-EA34-11E1-A3AC-00215AD7F156',
    ],
    [
      3,
      '+b2012090613113634F2E381$2dEB26$2d11E1$2dBD59$2d00215AD80C2C',
      '2012-09-06T13:11:36',
      '34F2E381-EB26-11E1-BD59-00215AD80C2C',
    ],
    [
      22,
      '+b20120906131139373D5E69$2dEA26$2d11E1$2dB160$2d00215AD99F00',
      '2012-09-06T13:11:39',
      '373D5E69-EA26-11E1-B160-00215AD99F00',
    ],
  ];

  it.each(shown)('tag %i holds the bytes the figure shows', (index, text, iso, uid) => {
    const start = 4 + 61 * index;
    const figureBytes = [...Array.from(text, (c) => c.charCodeAt(0)), 0x00];
    expect(Array.from(bytes.subarray(start, start + 61))).toEqual(figureBytes);
    const tag = tagAt(history, index);
    expect([tag.start, tag.end]).toEqual([start, start + 61]);
    expect(tag.timestamp).toBe(iso);
    expect(tag.rawUid).toBe(text.slice(16));
    expect(tag.uid).toBe(uid);
  });

  it('ends with tag 22: 4 + 23 × 61 = 1407 bytes', () => {
    expect(bytes.length).toBe(1407);
    expect(tagAt(history, 22).end).toBe(1407);
  });

  it('every UID there is a GUID: 36 characters, 32 hex digits and four $2d', () => {
    for (let i = 0; i < history.tags.length; i++) {
      expect(tagAt(history, i).uid).toMatch(WELL_FORMED_UID);
    }
  });
});

describe('FORMAT.md: "decoding turns each $XX back into that byte"', () => {
  // Outlook escapes every byte of a UID that is not a letter or digit, so a server UID
  // "café" (UTF-8 63 61 66 C3 A9) is stored "caf$c3$a9". Turned back into bytes that is
  // 63 61 66 C3 A9 again, "café", the same UID as an unescaped "café" and as the server's
  // listing, not one character per escape (U+00C3 U+00A9, "cafÃ©").
  it('an escaped UTF-8 sequence decodes to the character it encodes', () => {
    const bytes = new Uint8Array([
      ...[0x03, 0x00, 0x01, 0x00],
      ...Array.from('+b20240712083015caf$c3$a9', (c) => c.charCodeAt(0)),
      0x00,
    ]);
    expect(tagAt(decodeUidlHistory(bytes), 0).uid).toBe('caf\u00e9');
  });
});
