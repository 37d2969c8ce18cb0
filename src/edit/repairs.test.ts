import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeUidlHistory } from '../decoder/index';
import { createWorkingCopy, type RepairKind, type WorkingCopy } from './index';

/*
 * Expected bytes are written out from FORMAT.md's layout and the fixtures' own bytes
 * (read with a hex dump), never taken from the working copy's output.
 */
const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/${name}.bin`, import.meta.url)));
const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));
const header = (count: number): number[] => [0x03, 0x00, count & 0xff, count >> 8];

const kinds = (copy: WorkingCopy): RepairKind[] => copy.proposals().map((p) => p.repair);
const repaired = (copy: WorkingCopy, repair: RepairKind): WorkingCopy =>
  copy.apply({ kind: 'repair', repair });

describe('repairs on the diagnostic fixtures', () => {
  it('count: Count 3 over 2 tags becomes 2, nothing else moves', () => {
    const bytes = fixture('diag-count-mismatch');
    const copy = createWorkingCopy(bytes);
    expect(kinds(copy)).toEqual(['count']);
    expect(copy.proposals()[0]!.details).toEqual(['Count 3 → 2']);
    const result = repaired(copy, 'count').result();
    const expected = bytes.slice();
    expected[2] = 0x02;
    expect(result.bytes).toEqual(expected);
    expect(result.valid).toBe(true);
  });

  it('trailing-bytes: the 4 bytes 00 00 FF EE after the terminator at 0x40 are dropped', () => {
    const bytes = fixture('diag-trailing-bytes');
    const copy = createWorkingCopy(bytes);
    expect(kinds(copy)).toEqual(['trailing-bytes']);
    expect(copy.proposals()[0]!.details).toEqual(['drop 4 bytes at 0x0041']);
    const result = repaired(copy, 'trailing-bytes').result();
    expect(Array.from(bytes.subarray(0x41))).toEqual([0x00, 0x00, 0xff, 0xee]);
    expect(result.bytes).toEqual(bytes.subarray(0, 0x41));
    expect(result.history.diagnostics).toEqual([]);
  });

  it('unterminated-tag: the cut-short tag from 0x41 is dropped and Count goes from 2 to 1', () => {
    const bytes = fixture('diag-unterminated-tag');
    const copy = createWorkingCopy(bytes);
    expect(kinds(copy)).toEqual(['unterminated-tag', 'count']);
    expect(copy.proposals()[0]!.tags).toEqual([1]);
    const after = repaired(copy, 'unterminated-tag');
    // Count was the two tags Outlook wrote; one is gone, so it needs no separate repair.
    expect(kinds(after)).toEqual([]);
    expect(bytes[0x40]).toBe(0x00);
    expect(after.result().bytes).toEqual(
      Uint8Array.from([...header(1), ...bytes.subarray(4, 0x41)]),
    );
    expect(after.result().valid).toBe(true);
    expect(after.changes()).toMatchObject({ forgotten: 1, added: 0, changed: 0 });
  });

  it('duplicate-uids: the get of 1720755020.1 (tag 0) goes, the later delete (tag 2) stays', () => {
    const bytes = fixture('diag-duplicate-uid');
    const copy = createWorkingCopy(bytes);
    expect(kinds(copy)).toEqual(['duplicate-uids']);
    expect(copy.proposals()[0]!.details).toEqual(['UID "1720755020.1": keep tag 2, drop tag 0']);
    const after = repaired(copy, 'duplicate-uids');
    // Tag 0 is 0x04..0x23 (its 0x00 at 0x22); tags 1 and 2 follow to the end.
    expect(bytes[0x22]).toBe(0x00);
    expect(after.result().bytes).toEqual(Uint8Array.from([...header(2), ...bytes.subarray(0x23)]));
    expect(after.result().history.diagnostics).toEqual([]);
    const line = after.changes().lines[0]!;
    expect(line).toMatchObject({ kind: 'repair', originalTags: [0, 2], resultTags: [1] });
  });

  it('escapes: $41 is the letter A, written as itself', () => {
    const copy = createWorkingCopy(fixture('diag-needless-escape'));
    expect(kinds(copy)).toEqual(['escapes']);
    const result = repaired(copy, 'escapes').result();
    expect(result.bytes).toEqual(
      Uint8Array.from([...header(1), ...ascii('+b20240712083015ABC123'), 0]),
    );
    expect(result.history.diagnostics).toEqual([]);
  });

  it('escapes: "." and "-" stored as they are become $2e and $2d', () => {
    const copy = createWorkingCopy(fixture('diag-unescaped-char'));
    expect(kinds(copy)).toEqual(['escapes']);
    const after = repaired(copy, 'escapes');
    expect(after.result().bytes).toEqual(
      Uint8Array.from([...header(1), ...ascii('+b202407120830151720755020$2e1$2da'), 0]),
    );
    expect(after.result().history.diagnostics).toEqual([]);
    expect(after.changes()).toMatchObject({ forgotten: 0, added: 0, changed: 1 });
  });

  it('escapes: not offered where the UID is uncertain (a $ that is not an escape, non-ASCII)', () => {
    expect(kinds(createWorkingCopy(fixture('diag-bad-escape')))).toEqual([]);
    expect(kinds(createWorkingCopy(fixture('non-ascii-uid')))).toEqual([]);
  });

  it('beyond-count: the 0x00 at 0x7F is dropped and Count 1 becomes the 3 tags present', () => {
    const bytes = fixture('beyond-count');
    let copy = createWorkingCopy(bytes);
    expect(kinds(copy)).toEqual(['trailing-bytes', 'count']);
    expect(copy.proposals()[1]!.tags).toEqual([1, 2]);
    copy = repaired(repaired(copy, 'trailing-bytes'), 'count');
    const expected = bytes.slice(0, 0x7f);
    expected[2] = 0x03;
    expect(bytes[0x7e]).toBe(0x00);
    expect(copy.result().bytes).toEqual(expected);
    expect(copy.result().history.diagnostics).toEqual([]);
  });

  it('offers nothing where no fix is unambiguous, and says so when one is asked for', () => {
    for (const name of [
      'diag-bad-version',
      'diag-tag-too-short',
      'diag-bad-operation',
      'diag-bad-content',
      'diag-bad-timestamp',
      'diag-uid-empty',
      'diag-uid-too-long',
      'diag-uid-bad-char',
      'diag-bad-utf8',
      'worked-example',
    ]) {
      const copy = createWorkingCopy(fixture(name));
      expect(kinds(copy), name).toEqual([]);
      expect(copy.check({ kind: 'repair', repair: 'count' })).toMatch(/^Nothing to repair/);
    }
  });

  it('refuses every edit of a file too short for a header, and writes it back unchanged', () => {
    const bytes = fixture('diag-too-short');
    const copy = createWorkingCopy(bytes);
    expect(copy.proposals()).toEqual([]);
    expect(copy.check({ kind: 'forget', tags: [0] })).toMatch(
      /too short to hold Version and Count/,
    );
    expect(copy.result().bytes).toEqual(bytes);
  });
});

describe('edits that mend what no repair may guess', () => {
  it("changing tag 0's operation '?' (0x3F at 0x04) to get writes '+' there and clears the error", () => {
    const bytes = fixture('diag-bad-operation');
    expect(bytes[4]).toBe(0x3f);
    const copy = createWorkingCopy(bytes).apply({
      kind: 'set-operation',
      tags: [0],
      operation: 'get',
    });
    const expected = bytes.slice();
    expected[4] = 0x2b;
    expect(copy.result().bytes).toEqual(expected);
    expect(copy.result().valid).toBe(true);
    expect(copy.changes().lines[0]!.text).toBe(
      'tag 0: operation unknown → get (UID "1720755020.1")',
    );
  });

  it('forgetting the 6-character tag 0 (0x04..0x0B) leaves tag 1 alone, Count 1', () => {
    const bytes = fixture('diag-tag-too-short');
    expect(bytes[0x0a]).toBe(0x00);
    const result = createWorkingCopy(bytes)
      .apply({ kind: 'forget', tags: [0] })
      .result();
    expect(result.bytes).toEqual(Uint8Array.from([...header(1), ...bytes.subarray(0x0b)]));
    expect(result.history.diagnostics).toEqual([]);
  });
});

describe('duplicate-uids when the file order and the timestamps disagree', () => {
  const tag = (operation: string, uid: string, timestampRaw: string) => ({
    operation,
    content: 'body',
    timestampRaw,
    uid,
  });

  it('leaves a UID alone whose last record is older than an earlier one', () => {
    const bytes = encodeUidlHistory({
      tags: [
        tag('get', 'a', '20240712083015'),
        tag('delete', 'a', '20240101000000'),
        tag('get', 'b', '20240101000000'),
        tag('delete', 'b', '20240712083015'),
      ],
    });
    const [proposal] = createWorkingCopy(bytes).proposals();
    expect(proposal).toMatchObject({
      repair: 'duplicate-uids',
      tags: [2, 3],
      details: ['UID "b": keep tag 3, drop tag 2'],
      skipped: ['UID "a": tag 0, tag 1; the last is not clearly the latest by its timestamp'],
    });
  });
});
