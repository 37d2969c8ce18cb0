import { describe, expect, it } from 'vitest';
import { compareWithServer, parseUidlListing } from '../compare/index';
import { decodeUidlHistory, encodeUidlHistory, uidOf } from '../decoder/index';
import { parseHexText } from '../input/index';
import {
  EditError,
  WRITE_BACK_GUIDE,
  createWorkingCopy,
  localTimestamp,
  newUidsNotIn,
  newUidsOf,
  parseUidList,
  timestampProblem,
  toMfcmapiText,
  toPlainHex,
} from './index';
import { bodyTag as tag } from '../decoder/testing/bodyTag';

/** Tags 0 `a-1` get, 1 `b-2` delete, 2 `c-3` get. */
const bytes = encodeUidlHistory({
  tags: [tag('get', 'a-1'), tag('delete', 'b-2'), tag('get', 'c-3')],
});
const AT = '20261201213000';
const uids = (copy: ReturnType<typeof createWorkingCopy>) => {
  const history = copy.result().history;
  return Array.from({ length: history.tags.length }, (_, i) => uidOf(history, i));
};

describe('edits', () => {
  it('leaves an unedited copy, or one with every edit undone, as the file opened', () => {
    const history = decodeUidlHistory(bytes);
    const copy = createWorkingCopy(bytes, history);
    expect(copy.result().bytes).toBe(bytes);
    expect(copy.result().history).toBe(history);
    const undone = copy.apply({ kind: 'forget', tags: [1] }).undo();
    expect(undone.result().bytes).toBe(bytes);
    expect(undone.result().valid).toBe(true);
  });

  it('adds get records at the end with the content and timestamp given, UIDs escaped as Outlook does', () => {
    const copy = createWorkingCopy(bytes).apply({
      kind: 'mark-fetched',
      uids: ['new.1'],
      content: 'header',
      timestampRaw: AT,
    });
    const out = copy.result().bytes;
    // FORMAT.md: '+' get, 'h' header, then the timestamp and the UID with '.' as $2e, then 0x00.
    const added = Array.from(`+h${AT}new$2e1\0`, (c) => c.charCodeAt(0));
    expect(Array.from(out.subarray(out.length - added.length))).toEqual(added);
    expect(out[2]).toBe(4);
    expect(copy.origins()[3]).toEqual({ kind: 'added', edit: 0, uid: 'new.1' });
  });

  it('changes an operation byte in place and nothing else', () => {
    const copy = createWorkingCopy(bytes).apply({
      kind: 'set-operation',
      tags: [1],
      operation: 'get-and-delete',
    });
    const out = copy.result().bytes;
    const start = decodeUidlHistory(bytes).tags.start[1]!;
    const expected = bytes.slice();
    expected[start] = '&'.charCodeAt(0);
    expect(out).toEqual(expected);
    expect(copy.changes().lines).toEqual([
      {
        edit: 0,
        kind: 'operation',
        text: 'tag 1: operation delete → get-and-delete (UID "b-2")',
        originalTags: [1],
        resultTags: [1],
      },
    ]);
  });

  it('refuses edits that make no sense, saying why', () => {
    const copy = createWorkingCopy(bytes);
    const mark = (list: string[], timestampRaw = AT) =>
      copy.check({ kind: 'mark-fetched', uids: list, content: 'body', timestampRaw });
    expect(copy.check({ kind: 'forget', tags: [] })).toBe('No tag given to forget.');
    expect(copy.check({ kind: 'forget', tags: [3] })).toBe(
      'There is no tag 3 in the working copy to forget.',
    );
    expect(copy.check({ kind: 'forget', tags: [1, 1] })).toBe('Tag 1 is given twice.');
    const forgotten = copy.apply({ kind: 'forget', tags: [1] });
    expect(forgotten.check({ kind: 'forget', tags: [1] })).toMatch(/no tag 1/);
    expect(copy.check({ kind: 'set-operation', tags: [0], operation: 'get' })).toBe(
      'The tag already records get.',
    );
    expect(mark(['a-1'])).toBe('UID "a-1" is already in the history (tag 0).');
    expect(mark(['x', 'x'])).toBe('UID "x" is given twice.');
    expect(mark(['has space'])).toMatch(/not a UID/);
    expect(mark([])).toBe('No UID given to mark as fetched.');
    expect(mark(['x'], '20261301000000')).toBe(
      'The timestamp "20261301000000" has month 13; months run from 01 to 12.',
    );
    expect(mark(['x'], '2026')).toMatch(/not 14 digits/);
    expect(() => copy.apply({ kind: 'forget', tags: [9] })).toThrow(EditError);
    // After forgetting a UID's only record it may be recorded anew.
    expect(
      forgotten.check({ kind: 'mark-fetched', uids: ['b-2'], content: 'body', timestampRaw: AT }),
    ).toBeNull();
  });

  it('refuses to add after a tag cut short, until that tag is dropped', () => {
    const cut = bytes.subarray(0, bytes.length - 1); // the last 0x00 gone
    const copy = createWorkingCopy(cut);
    const edit = { kind: 'mark-fetched', uids: ['x'], content: 'body', timestampRaw: AT } as const;
    expect(copy.check(edit)).toMatch(/^Tag 2 is cut short/);
    expect(copy.apply({ kind: 'repair', repair: 'unterminated-tag' }).check(edit)).toBeNull();
  });

  it('undoes and redoes one edit at a time; a new edit clears what could be redone', () => {
    const a = createWorkingCopy(bytes);
    const b = a.apply({ kind: 'forget', tags: [0] });
    const c = b.apply({ kind: 'mark-fetched', uids: ['z'], content: 'body', timestampRaw: AT });
    expect(uids(c)).toEqual(['b-2', 'c-3', 'z']);
    const back = c.undo();
    expect(uids(back)).toEqual(['b-2', 'c-3']);
    expect(back.canRedo).toBe(true);
    expect(uids(back.redo())).toEqual(['b-2', 'c-3', 'z']);
    const other = back.apply({ kind: 'forget', tags: [2] });
    expect(other.canRedo).toBe(false);
    expect(uids(other.undo().undo())).toEqual(['a-1', 'b-2', 'c-3']);
    expect(a.undo()).toBe(a);
    expect(a.redo()).toBe(a);
    // Snapshots are immutable: the older ones are as they were.
    expect(uids(b)).toEqual(['b-2', 'c-3']);
  });

  it('lists each change with the tags it touches, before and after', () => {
    const copy = createWorkingCopy(bytes)
      .apply({ kind: 'forget', tags: [0] })
      .apply({ kind: 'mark-fetched', uids: ['z'], content: 'body', timestampRaw: AT })
      .apply({ kind: 'set-operation', tags: [2], operation: 'delete' });
    const changes = copy.changes();
    expect(changes.text).toBe('1 forgotten, 1 added, 1 changed');
    expect(
      changes.lines.map(({ text, originalTags, resultTags }) => [text, originalTags, resultTags]),
    ).toEqual([
      ['forget tag 0: get 20120906131138 "a-1"', [0], []],
      [`add: get body ${AT} "z"`, [], [2]],
      ['tag 2: operation get → delete (UID "c-3")', [2], [1]],
    ]);
    expect(createWorkingCopy(bytes).changes().text).toBe('No changes');
  });

  it('finds the tags of a UID, and marks as fetched every server message that is new', () => {
    const copy = createWorkingCopy(bytes);
    expect(copy.tagsWithUid('b-2')).toEqual([1]);
    expect(copy.tagsWithUid('nope')).toEqual([]);
    const listing = parseUidlListing('+OK\r\n1 a-1\r\n2 new-1\r\n3 new-2\r\n4 new-1\r\n.\r\n');
    const fresh = newUidsOf(compareWithServer(copy.history, listing));
    expect(fresh).toEqual(['new-1', 'new-2']);
    const marked = copy.apply({
      kind: 'mark-fetched',
      uids: fresh,
      content: 'body',
      timestampRaw: AT,
    });
    const again = compareWithServer(marked.result().history, listing);
    expect(again.counts).toMatchObject({ fetched: 4, new: 0 });
  });

  it('leaves out of the new server messages those the working copy holds', () => {
    // A tag whose operation byte is none Outlook writes leaves its UID new to the server.
    const odd = encodeUidlHistory({ tags: [tag('?', 'odd-1'), tag('get', 'a-1')] });
    const copy = createWorkingCopy(odd);
    const comparison = compareWithServer(
      copy.history,
      parseUidlListing('+OK\r\n1 odd-1\r\n2 new-1\r\n3 new-2\r\n.\r\n'),
    );
    expect(newUidsOf(comparison)).toEqual(['odd-1', 'new-1', 'new-2']);
    expect(newUidsNotIn(copy, comparison)).toEqual(['new-1', 'new-2']);
    const marked = copy.apply({
      kind: 'mark-fetched',
      uids: ['new-2'],
      content: 'body',
      timestampRaw: AT,
    });
    expect(newUidsNotIn(marked, comparison)).toEqual(['new-1']);
    const forgotten = marked.apply({ kind: 'forget', tags: [0] });
    expect(newUidsNotIn(forgotten, comparison)).toEqual(['odd-1', 'new-1']);
  });
});

describe('output forms', () => {
  const blob = Uint8Array.from([0x03, 0x00, 0x00, 0x00, 0xab]);

  it('plain hex is upper-case digits only, as MFCMAPI writes and reads them', () => {
    expect(toPlainHex(blob)).toBe('03000000AB');
  });

  it('cb/lpb text is what MFCMAPI copies, and the input layer reads it back', () => {
    expect(toMfcmapiText(blob)).toBe('cb: 5 lpb: 03000000AB');
    expect(toMfcmapiText(new Uint8Array(0))).toBe('cb: 0 lpb: NULL');
    const read = parseHexText(toMfcmapiText(bytes));
    expect(read.kind === 'blob' && read.bytes).toEqual(bytes);
    const plain = parseHexText(toPlainHex(bytes));
    expect(plain.kind === 'blob' && plain.bytes).toEqual(bytes);
  });

  it('has a write-back guide that warns and names the property', () => {
    expect(WRITE_BACK_GUIDE).toContain('PidTagAttachDataBinary');
    expect(WRITE_BACK_GUIDE).toContain('IPM.MessageManager');
    expect(WRITE_BACK_GUIDE).toMatch(/Back up/);
    expect(WRITE_BACK_GUIDE).toMatch(/download every\s+message on the server again/);
  });
});

describe('timestamps and UID lists', () => {
  it('writes a date in local time as yyyymmddhhmmss', () => {
    expect(localTimestamp(new Date(2026, 0, 2, 3, 4, 5))).toBe('20260102030405');
  });

  it('judges a timestamp by the decoder’s rule', () => {
    expect(timestampProblem('20240229235959')).toBeNull();
    expect(timestampProblem('20230229000000')).toBe(
      'The timestamp "20230229000000" has day 29, but February 2023 has days 01 to 28.',
    );
  });

  it('reads one UID a line, or lines of a UIDL answer; reports lines with spaces', () => {
    expect(parseUidList('+OK\r\na-1\n  2 b-2 \n\na-1\nc d e\n.\n')).toEqual({
      uids: ['a-1', 'b-2'],
      badLines: [{ line: 6, text: 'c d e', reason: 'a UID cannot contain spaces' }],
    });
  });
});

describe('the README', () => {
  it('repeats the write-back guide word for word', async () => {
    const { readFile } = await import('node:fs/promises');
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const body = WRITE_BACK_GUIDE.split('\n').slice(2).join('\n').trim();
    expect(readme).toContain(body);
  });
});

describe('memory', () => {
  it('works on the history the caller decoded, without copying the file or decoding it again', () => {
    const history = decodeUidlHistory(bytes);
    const copy = createWorkingCopy(bytes, history);
    expect(copy.history).toBe(history);
    expect(copy.original).toBe(bytes);
    // Unedited, the result is the file as it is, and its history the one already there.
    expect(copy.result().bytes).toBe(bytes);
    expect(copy.result().history).toBe(history);
    const edited = copy.apply({ kind: 'forget', tags: [1] }).result();
    expect(edited.history).not.toBe(history);
    expect(edited.history.tags.length).toBe(2);
  });
});
