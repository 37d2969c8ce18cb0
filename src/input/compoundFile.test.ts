import CFB from 'cfb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCompoundFile } from './compoundFile';
import { readInput } from './readInput';

/** A compound file as the `cfb` package writes it. */
function compoundFile(streams: Record<string, Uint8Array>): Uint8Array {
  const container = CFB.utils.cfb_new();
  for (const [path, bytes] of Object.entries(streams))
    CFB.utils.cfb_add(container, `/${path}`, bytes);
  return CFB.write(container, { type: 'array' }) as Uint8Array;
}

const pattern = (length: number, seed: number) =>
  Uint8Array.from({ length }, (_, i) => (i * 31 + seed) & 0xff);

function streams(bytes: Uint8Array): Record<string, number[] | string> {
  const entries = readCompoundFile(bytes);
  if (typeof entries === 'string') throw new Error(entries);
  const found: Record<string, number[] | string> = {};
  for (const entry of entries) {
    if (entry.kind !== 'stream') continue;
    const data = entry.read();
    found[entry.path] = typeof data === 'string' ? data : [...data];
  }
  return found;
}

describe('readCompoundFile', () => {
  it('reads small streams from the mini stream and large ones from the FAT, at any depth', () => {
    const small = pattern(100, 1);
    const large = pattern(70_000, 2);
    const nested = pattern(4096, 3);
    const file = compoundFile({ small, 'a/b/large': large, 'a/nested': nested });
    const found = streams(file);
    expect(found.small).toEqual([...small]);
    expect(found['a/b/large']).toEqual([...large]);
    expect(found['a/nested']).toEqual([...nested]);
  });

  it('follows the DIFAT when the FAT outgrows the header', () => {
    // More than 109 FAT sectors of 128 entries: a file over 7 MB.
    const huge = pattern(7_300_000, 4);
    const found = streams(compoundFile({ huge }));
    expect(found.huge?.length).toBe(huge.length);
    expect(found.huge?.slice(-5)).toEqual([...huge.slice(-5)]);
  }, 30_000);

  it('reads back every stream cfb writes, whatever the sizes and nesting', () => {
    const spec = fc.array(
      fc.record({
        storages: fc.array(fc.constantFrom('a', 'b', 'Sub Storage', '__substg1.0_3701000D'), {
          maxLength: 4,
        }),
        // Both sides of the 4096-byte mini-stream cutoff, and sector boundaries.
        size: fc.oneof(fc.nat(130), fc.integer({ min: 4090, max: 4100 }), fc.nat(20_000)),
        seed: fc.nat(255),
      }),
      { minLength: 1, maxLength: 8 },
    );
    fc.assert(
      fc.property(spec, (specs) => {
        const written: Record<string, Uint8Array> = {};
        specs.forEach(({ storages, size, seed }, i) => {
          written[[...storages, `stream${i}`].join('/')] = pattern(size, seed);
        });
        const found = streams(compoundFile(written));
        for (const [path, bytes] of Object.entries(written))
          expect(found[path]).toEqual([...bytes]);
      }),
      { numRuns: 100 },
    );
  });

  it('lists each storage before its contents, with its parent and children', () => {
    const entries = readCompoundFile(
      compoundFile({ 'b/x': pattern(1, 0), 'a/y/z': pattern(2, 0), c: pattern(3, 0) }),
    );
    if (typeof entries === 'string') throw new Error(entries);
    const paths = entries.map((entry) => entry.path).filter((path) => !path.startsWith('\u0001'));
    expect(paths).toEqual(['a', 'a/y', 'a/y/z', 'b', 'b/x', 'c']);
    const y = entries.find((entry) => entry.path === 'a/y');
    expect(y?.kind).toBe('storage');
    expect(y?.parent?.name).toBe('a');
    expect([...(y?.child('z')?.read() as Uint8Array)]).toEqual([...pattern(2, 0)]);
    expect(y?.read()).toBe('a/y is a storage, not a stream');
  });

  it('says why a file is not a compound file', () => {
    expect(readCompoundFile(new Uint8Array(600))).toContain('compound-file signature');
  });

  // Header fields as often as anything else: they steer every other read.
  it('never throws on a damaged compound file', () => {
    const file = compoundFile({
      '__attach_version1.0_#00000000/__substg1.0_37010102': pattern(5000, 5),
      '__substg1.0_001A001F': pattern(40, 6),
    });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ at: fc.oneof(fc.nat(511), fc.nat(file.length - 1)), value: fc.nat(255) }),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        fc.nat(file.length),
        (changes, cut) => {
          const damaged = file.slice(0, Math.max(cut, 520));
          for (const { at, value } of changes)
            if (at >= 8 && at < damaged.length) damaged[at] = value;
          expect(['blob', 'error']).toContain(readInput(damaged).kind);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
