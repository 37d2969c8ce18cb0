import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCompoundFile } from './compoundFile';
import { MAX_EMBEDDED_MESSAGES, MAX_UNPACKED_FACTOR } from './limits';
import { readInput } from './readInput';
import {
  ENTRY_FIELD,
  FREE_SECTOR,
  setU32,
  treeOf,
  writeCompoundFile,
  type CompoundNode,
} from './testing/compoundFileWriter';
import {
  aliasedAttachmentsMsg,
  fatCycleMsg,
  historyOfSize,
  hostileFixtures,
  nestedMsg,
  siblingLoopMsg,
  type HostileMsg,
} from './testing/hostileMsg';

const hostileDir = path.resolve(import.meta.dirname, '../../fixtures/hostile');

function expectRefused({ bytes, reason }: HostileMsg): void {
  expect(readCompoundFile(bytes)).toBe(reason);
  expect(readInput(bytes, 'crafted.msg')).toEqual({
    kind: 'error',
    message: `This .msg is damaged: ${reason}`,
  });
}

describe('crafted .msg files', () => {
  it('a stream that starts inside a FAT cycle: the loop and where', () => {
    const crafted = fatCycleMsg();
    expect(crafted.reason).toMatch(/__substg1\.0_37010102 loops at sector \d+$/);
    expectRefused(crafted);
  });

  it('two directory siblings pointing at each other', () => {
    expectRefused(siblingLoopMsg());
  });

  it('reads a history 64 embedded messages deep, and refuses one 65 deep', () => {
    const deepest = readInput(nestedMsg(MAX_EMBEDDED_MESSAGES).bytes);
    expect(deepest.kind === 'blob' && deepest.msg?.candidates.length).toBe(1);
    expect(deepest.kind === 'blob' && deepest.msg?.candidates[0]?.path.split('/').length).toBe(
      2 * MAX_EMBEDDED_MESSAGES + 2,
    );
    expectRefused(nestedMsg(MAX_EMBEDDED_MESSAGES + 1));
  });

  it('10,000 nested embedded messages (2.5 MB): refused at the depth limit', () => {
    const crafted = nestedMsg(10_000);
    expect(crafted.bytes.length).toBeGreaterThan(2_500_000);
    expectRefused(crafted);
  });

  it('200 attachments pointing at the same 3.4 MB of sectors: refused at the first shared sector', () => {
    const crafted = aliasedAttachmentsMsg(200, 3_400_000);
    expect(crafted.bytes.length).toBeLessThan(3_700_000);
    expectRefused(crafted);
  });

  it('the same in the mini stream: two small streams sharing mini sectors', () => {
    const crafted = aliasedAttachmentsMsg(3, 1000);
    expect(crafted.reason).toMatch(/^mini sector \d+ belongs to both/);
    expectRefused(crafted);
  });

  it('fixtures/hostile holds what the script writes', () => {
    for (const crafted of hostileFixtures()) {
      const kept = new Uint8Array(readFileSync(path.join(hostileDir, crafted.name)));
      expect(kept.length, crafted.name).toBe(crafted.bytes.length);
      expect(Buffer.compare(kept, crafted.bytes), crafted.name).toBe(0);
      expectRefused({ ...crafted, bytes: kept });
    }
  });
});

describe('compound files the test writer makes', () => {
  it('read with 512- and 4096-byte sectors, mini stream and all, in one piece or not', () => {
    const history = historyOfSize(10_000);
    const streams = {
      '__attach_version1.0_#00000000/__substg1.0_37010102': history,
      '__substg1.0_001A001F': Uint8Array.from([0x49, 0, 0x50, 0, 0x4d, 0]),
    };
    for (const [shift, backwards] of [
      [9, false],
      [12, false],
      [9, true],
      [12, true],
    ] as const) {
      const result = readInput(writeCompoundFile(treeOf(streams), shift, backwards).bytes);
      expect(result.kind === 'blob' && [...result.bytes]).toEqual([...history]);
      expect(result.kind === 'blob' && result.msg?.messageClass).toBe('IPM');
    }
  });
});

describe('the bytes handed out', () => {
  it('are views of the file where a stream lies in one piece, copies where not', () => {
    const data = historyOfSize(9000);
    for (const backwards of [false, true]) {
      const { bytes } = writeCompoundFile(treeOf({ s: data }), 9, backwards);
      const entries = readCompoundFile(bytes);
      if (typeof entries === 'string') throw new Error(entries);
      const read = entries[0]!.read() as Uint8Array;
      expect([...read]).toEqual([...data]);
      expect(read.buffer === bytes.buffer, `backwards: ${backwards}`).toBe(!backwards);
    }
  });

  it(`come to at most ${MAX_UNPACKED_FACTOR} times the file's size, however often a stream is read`, () => {
    const { bytes } = writeCompoundFile(treeOf({ s: new Uint8Array(10_000) }));
    const entries = readCompoundFile(bytes);
    if (typeof entries === 'string') throw new Error(entries);
    const reads = Array.from({ length: 10 }, () => entries[0]!.read());
    const handedOut = reads.filter((read) => typeof read !== 'string').length;
    expect(handedOut).toBe(Math.floor((MAX_UNPACKED_FACTOR * bytes.length) / 10_000));
    expect(reads.at(-1)).toBe(
      `reading s would take the bytes read past ${MAX_UNPACKED_FACTOR} times the file's size`,
    );
  });
});

describe('names from the file in messages', () => {
  it('show control characters as \\xNN, so that a message stays one line', () => {
    const file = writeCompoundFile(treeOf({ 'a\nb/c\u001b[2J': new Uint8Array(5000) }));
    const stream = file.entryOf.keys().next().value as { children: CompoundNode[] };
    const entry = file.entryOf.get(stream.children[0]!)!;
    setU32(file, file.directoryEntryOffset(entry) + ENTRY_FIELD.start, FREE_SECTOR);
    expect(readCompoundFile(file.bytes)).toBe(
      'the sector chain of stream a\\x0ab/c\\x1b[2J starts at a free sector',
    );
  });
});

describe('damaged headers', () => {
  const good = () => writeCompoundFile(treeOf({ a: new Uint8Array(10) })).bytes;
  const patched = (offset: number, values: number[]) => {
    const bytes = good();
    bytes.set(values, offset);
    return readCompoundFile(bytes);
  };

  it('name the field that is wrong', () => {
    expect(patched(28, [0xff, 0xfe])).toBe('its byte order mark is FEFF, not FFFE');
    expect(patched(30, [10, 0])).toBe(
      'its sector shift is 10; a compound file has 9 (512-byte sectors) or 12 (4096)',
    );
    expect(patched(32, [7, 0])).toBe('its mini sector shift is 7, not 6');
    expect(patched(44, [0xff, 0xff, 0, 0])).toMatch(/^its header claims 65535 FAT sectors/);
    expect(readCompoundFile(good().subarray(0, 300))).toBe(
      'it is 300 bytes, shorter than a compound-file header (512)',
    );
  });

  it('a FAT that needs DIFAT sectors the file does not have', () => {
    // 200 FAT sectors: 109 in the header, the rest in a DIFAT chain that is missing.
    const bytes = new Uint8Array(512 * 400);
    bytes.set(good().subarray(0, 512));
    new DataView(bytes.buffer).setUint32(44, 200, true);
    expect(readCompoundFile(bytes)).toBe('its DIFAT ends after listing 109 of its 200 FAT sectors');
  });
});
