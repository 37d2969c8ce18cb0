import { encodeUidlHistory, type AuthoredHistory, type AuthoredTag } from '../encode';
import { exampleHistoryBytes } from '../example';
import type { DiagnosticCode } from '../model';
import { workedExampleBytes } from './workedExample';

/** One golden input: written to fixtures/<name>.bin with its expected JSON beside it. */
export interface Fixture {
  name: string;
  description: string;
  bytes: Uint8Array;
}

/** A well-formed tag (get, body, 2024-07-12 08:30:15) with the given UID, fields overridable. */
export const tag = (uid: string, extra: Partial<AuthoredTag> = {}): AuthoredTag => ({
  operation: 'get',
  content: 'body',
  timestampRaw: '20240712083015',
  uid,
  ...extra,
});

const GOOD = tag('0BC535DB-EA63-11E1-A75C-00215AD7BB74');
const history = (input: AuthoredHistory): Uint8Array => encodeUidlHistory(input);

/**
 * Codes with no golden fixture: a file that shows `escapes-not-listed` holds more than
 * MAX_ESCAPES escapes, 24 MiB. large.test.ts makes it instead.
 */
export const CODES_WITHOUT_FIXTURE: readonly DiagnosticCode[] = ['escapes-not-listed'];

/** At least one fixture per diagnostic code, named diag-<code>, but those above. */
const DIAGNOSTIC_FIXTURES: Record<
  Exclude<DiagnosticCode, 'escapes-not-listed'>,
  { description: string; bytes: Uint8Array }
> = {
  'too-short': {
    description: 'three bytes: a version and half a count',
    bytes: new Uint8Array([0x03, 0x00, 0x17]),
  },
  'bad-version': {
    description: 'version 2; the tag is still read as version 3',
    bytes: history({ version: 2, tags: [GOOD] }),
  },
  'count-mismatch': {
    description: 'Count says 3 but only 2 tags follow',
    bytes: history({ count: 3, tags: [GOOD, tag('1720755020.1')] }),
  },
  'trailing-bytes': {
    description: 'bytes after the last tag that do not form a tag',
    bytes: history({ tags: [GOOD], trailingHex: '0000ffee' }),
  },
  'unterminated-tag': {
    description: 'the file is cut inside its last tag, which has no 0x00',
    bytes: history({ tags: [GOOD, tag('GmailId190a1b2c3d4e', { terminated: false })] }),
  },
  'tag-too-short': {
    description: 'a tag of 6 characters, short of operation, content and timestamp',
    bytes: history({ tags: [tag('', { timestampRaw: '2012' }), GOOD] }),
  },
  'bad-operation': {
    description: "operation '?' instead of +, - or &",
    bytes: history({ tags: [tag('1720755020.1', { operation: '?' }), GOOD] }),
  },
  'bad-content': {
    description: "content 'x' instead of ' ', h or b",
    bytes: history({ tags: [tag('1720755020.1', { content: 'x' }), GOOD] }),
  },
  'bad-timestamp': {
    description:
      'a non-digit, month 13, Feb 30 2023, hour 24 and minute 60, beside a valid Feb 29 2024',
    bytes: history({
      tags: [
        tag('a1', { timestampRaw: '2024O712083015' }),
        tag('a2', { timestampRaw: '20241301083015' }),
        tag('a3', { timestampRaw: '20230230083015' }),
        tag('a4', { timestampRaw: '20240712240000' }),
        tag('a5', { timestampRaw: '20240712086015' }),
        tag('a6', { timestampRaw: '20240229235959' }),
      ],
    }),
  },
  'bad-escape': {
    description:
      "'$' followed by non-hex, by one hex digit at the end, and '$' as the last character",
    bytes: history({
      tags: [
        tag('', { rawUid: 'abc$zz1' }),
        tag('', { rawUid: 'abc$2' }),
        tag('', { rawUid: 'abc$' }),
      ],
    }),
  },
  'unescaped-char': {
    description: "a UID with '.' and '-' written as they are",
    bytes: history({ tags: [tag('', { rawUid: '1720755020.1-a' })] }),
  },
  'needless-escape': {
    description: "'$41' written for the letter A",
    bytes: history({ tags: [tag('', { rawUid: '$41BC123' })] }),
  },
  'uid-empty': {
    description: 'a tag that ends right after its timestamp',
    bytes: history({ tags: [tag(''), GOOD] }),
  },
  'uid-too-long': {
    description: 'a UID of 71 characters, one past the RFC 1939 limit',
    bytes: history({ tags: [tag(`${'7'.repeat(61)}.abcdefghi`), tag('x'.repeat(70))] }),
  },
  'uid-bad-char': {
    description: 'escapes of a space and of 0x7F, outside 0x21-0x7E',
    bytes: history({ tags: [tag('', { rawUid: 'abc$20def' }), tag('', { rawUid: 'abc$7f' })] }),
  },
  'bad-utf8': {
    description: 'UID bytes 0xFF and a cut-short 0xE2 0x82 that are not UTF-8',
    bytes: history({
      tags: [tag('', { rawUidHex: '4142ff43' }), tag('', { rawUidHex: '41e282' })],
    }),
  },
  'duplicate-uid': {
    description: 'the same UID fetched and later deleted',
    bytes: history({
      tags: [
        tag('1720755020.1'),
        GOOD,
        tag('1720755020.1', { operation: 'delete', content: 'none' }),
      ],
    }),
  },
};

export function allFixtures(): Fixture[] {
  return [
    {
      name: 'worked-example',
      description: "the 23-tag example of Microsoft's documentation (03 00 17 00)",
      bytes: workedExampleBytes(),
    },
    {
      name: 'example',
      description:
        'the "Open example" history: every operation and content, varied real-world UIDs',
      bytes: exampleHistoryBytes(),
    },
    { name: 'empty', description: 'a file of zero bytes', bytes: new Uint8Array(0) },
    {
      name: 'beyond-count',
      description: 'Count says 1 but three tags follow, then trailing bytes',
      bytes: history({
        count: 1,
        tags: [GOOD, tag('1720755020.1'), tag('1720755020.2', { operation: '&' })],
        trailingHex: '00',
      }),
    },
    {
      name: 'non-ascii-uid',
      description: "a UID with 'é' and '€' written unescaped as UTF-8",
      bytes: history({ tags: [tag('', { rawUid: 'caf\u00e9\u20ac1' })] }),
    },
    ...Object.entries(DIAGNOSTIC_FIXTURES).map(([code, fixture]) => ({
      name: `diag-${code}`,
      ...fixture,
    })),
  ];
}
