/**
 * Expected decodings of fixtures/*.bin, worked out by hand from their bytes (`xxd`) and
 * FORMAT.md; handChecked.test.ts holds the decoder to them. Nothing here comes from
 * running the decoder. Offsets are absolute, ranges half-open [start, end).
 */
import type { Content, DiagnosticCode, Operation } from '../model';

export interface HandCheckedTag {
  /** The whole tag, its 0x00 included when it has one. */
  range: [start: number, end: number];
  /** Default get ('+') and body ('b'). */
  operation?: Operation;
  content?: Content;
  timestamp: [start: number, end: number, digits: string];
  /** The timestamp as ISO 8601 without zone, or null when it is no real date and time. */
  iso: string | null;
  uid: [start: number, end: number, raw: string, decoded: string];
  escapes?: Array<[start: number, end: number, char: string]>;
  terminated?: false;
  beyondCount?: true;
  duplicate?: true;
}

export interface HandChecked {
  byteLength: number;
  version: [value: number | null, start: number, end: number];
  count: [value: number | null, start: number, end: number];
  tags: HandCheckedTag[];
  trailing: Array<[start: number, end: number]>;
  /** In file order; tag null for the file-level ones. */
  diagnostics: Array<[code: DiagnosticCode, start: number, end: number, tag: number | null]>;
}

export const WELL_FORMED_UID = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/;

/**
 * A tag at `start` holding a 36-character GUID as Outlook writes it: 16 prefix bytes,
 * 44 UID bytes (8 + 4 + 4 + 4 + 12 hex digits with a 3-byte $2d after each of the first
 * four groups: 32 + 4 × 3), then the 0x00: 61 bytes. The escapes sit 8, 15, 22 and 29
 * bytes into the UID (each group plus the escapes before it).
 */
function guidTag(start: number, digits: string, guid: string): HandCheckedTag {
  const uid = start + 16;
  return {
    range: [start, start + 61],
    timestamp: [start + 2, start + 16, digits],
    iso: `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}T${digits.slice(8, 10)}:${digits.slice(10, 12)}:${digits.slice(12, 14)}`,
    uid: [uid, uid + 44, guid.replaceAll('-', '$2d'), guid],
    escapes: [8, 15, 22, 29].map((at) => [uid + at, uid + at + 3, '-']),
  };
}

/** The GUID most fixtures use as their well-formed tag, at offset 4 (tag 0) or elsewhere. */
const GOOD_GUID = '0BC535DB-EA63-11E1-A75C-00215AD7BB74';
/** 2024-07-12 08:30:15, the timestamp of the fixtures' tags. */
const JULY = '20240712083015';
const JULY_ISO = '2024-07-12T08:30:15';

/** The 23 tags of the worked example as they read in the dump, 61 bytes each. */
const WORKED_EXAMPLE: Array<[digits: string, guid: string]> = [
  ['20120906131138', '0BC535DB-EA63-11E1-A75C-00215AD7BB74'],
  ['20120906131137', '143DBBCB-EA66-11E1-A5F2-002264C154BA'],
  ['20120906131139', '24E88333-EA34-11E1-A3AC-00215AD7F156'],
  ['20120906131136', '34F2E381-EB26-11E1-BD59-00215AD80C2C'],
  ['20120906131132', '1BCB624C-EA71-11E1-634A-00215AD79AEA'],
  ['20120906131135', 'A7297FE6-EA6C-11E1-5C29-00215AD9A7E6'],
  ['20120906131136', '082AFBE8-EA63-11E1-BCB6-00215AD92E48'],
  ['20120906131130', 'A88870F9-EA71-11E1-F42D-00215AD739EF'],
  ['20120906131136', 'D0B3AA68-EA63-11E1-5C09-002264C1B86B'],
  ['20120906131136', '688951A2-EA26-11E1-4CE3-002264C1636C'],
  ['20120906131131', '95F119AB-EA71-11E1-9E31-002264C1EF80'],
  ['20120906131136', 'B1219DD0-EA5B-11E1-0FB8-00215AD90260'],
  ['20120906131141', '6DE8C80C-EA5B-11E1-1906-00215AD81C53'],
  ['20120906131135', '0530DC1B-EA26-11E1-4B6B-002264C12111'],
  ['20120906131138', '2C2A0D45-EA5B-11E1-91A6-00215AD80F88'],
  ['20120906131134', '7D254BE1-EA5B-11E1-F833-00215AD92401'],
  ['20120906131130', '67A5D945-EA66-11E1-3E21-00215AD8E952'],
  ['20120906131132', '518C5537-EA63-11E1-2CFC-00215AD9D08D'],
  ['20120906131132', 'B1FE4C3B-EA66-11E1-D1F8-00215AD8CFC9'],
  ['20120906131138', '87C5768F-EA34-11E1-C5BB-00215AD8DCEF'],
  ['20120906131137', '5FE04B8F-EA34-11E1-3E5B-002264C1A1B1'],
  ['20120906131132', '9E251D89-EA26-11E1-451E-00215AD82FDC'],
  ['20120906131139', '373D5E69-EA26-11E1-B160-00215AD99F00'],
];

/** A short tag "+b<timestamp>aN" at `start`: 16 + 2 UID bytes + 0x00 = 19 bytes. */
function shortUidTag(start: number, digits: string, iso: string | null, uid: string) {
  return {
    range: [start, start + 19],
    timestamp: [start + 2, start + 16, digits],
    iso,
    uid: [start + 16, start + 18, uid, uid],
  } satisfies HandCheckedTag;
}

export const HAND_CHECKED: Record<string, HandChecked> = {
  // 03 00 17 00: version 3, Count 23 (0x17). 23 tags of 61 bytes: tag i is
  // [4 + 61i, 65 + 61i), the last [1346, 1407), ending the 1407-byte file (0x57F).
  // Tag 0 is 4..65: 16 header chars + 44 UID chars + terminator; its $2d escapes at
  // 28, 35, 42, 49. No diagnostic: every tag is well formed.
  'worked-example': {
    byteLength: 1407,
    version: [3, 0, 2],
    count: [23, 2, 4],
    tags: WORKED_EXAMPLE.map(([digits, guid], i) => guidTag(4 + 61 * i, digits, guid)),
    trailing: [],
    diagnostics: [],
  },

  // 03 00 02 00: Count 2. Tag 0 is the good GUID tag, 4..65 (0x40 holds its 0x00). Tag 1
  // starts at 65 (0x41) "+b20240712083015", timestamp 67..81, then the 19 characters
  // "GmailId190a1b2c3d4e" from 81 (0x51) to the end of the 100-byte file (0x64) with no
  // 0x00: unterminated, its range runs to the file end, 65..100. Only one terminated tag
  // against Count 2: count-mismatch on the Count field, 2..4.
  'diag-unterminated-tag': {
    byteLength: 100,
    version: [3, 0, 2],
    count: [2, 2, 4],
    tags: [
      guidTag(4, JULY, GOOD_GUID),
      {
        range: [65, 100],
        timestamp: [67, 81, JULY],
        iso: JULY_ISO,
        uid: [81, 100, 'GmailId190a1b2c3d4e', 'GmailId190a1b2c3d4e'],
        terminated: false,
      },
    ],
    trailing: [],
    diagnostics: [
      ['count-mismatch', 2, 4, null],
      ['unterminated-tag', 65, 100, 1],
    ],
  },

  // 03 00 03 00: Count 3. Tag 0 4..65 (good GUID). Tag 1 from 65: prefix to 81, UID
  // "1720755020$2e1" (10 digits, $2e, 1: 14 bytes) 81..95, 0x00 at 95 (0x5F), the last byte
  // of the 96-byte file: tag 1 is 65..96, its escape 91..94 is '.'. Two tags, Count 3:
  // count-mismatch on 2..4, and nothing else.
  'diag-count-mismatch': {
    byteLength: 96,
    version: [3, 0, 2],
    count: [3, 2, 4],
    tags: [
      guidTag(4, JULY, GOOD_GUID),
      {
        range: [65, 96],
        timestamp: [67, 81, JULY],
        iso: JULY_ISO,
        uid: [81, 95, '1720755020$2e1', '1720755020.1'],
        escapes: [[91, 94, '.']],
      },
    ],
    trailing: [],
    diagnostics: [['count-mismatch', 2, 4, null]],
  },

  // Count 3, three tags each "+b20240712083015" + UID + 0x00:
  // tag 0 4..28: UID "abc$zz1" 20..27 (0x1B is its 0x00); '$' at 23 is followed by 'z' at
  //   24, not a hex digit: the bad escape is the '$' and that 'z', 23..25.
  // tag 1 28..50: UID "abc$2" 44..49; '$' at 47, '2' at 48, then the 0x00 at 49 where the
  //   second digit belongs: 47..49.
  // tag 2 50..71: UID "abc$" 66..70; the '$' at 69 ends the UID: 69..70.
  // A bad escape is kept as it is, so each decoded UID equals its raw one.
  'diag-bad-escape': {
    byteLength: 71,
    version: [3, 0, 2],
    count: [3, 2, 4],
    tags: [
      {
        range: [4, 28],
        timestamp: [6, 20, JULY],
        iso: JULY_ISO,
        uid: [20, 27, 'abc$zz1', 'abc$zz1'],
      },
      {
        range: [28, 50],
        timestamp: [30, 44, JULY],
        iso: JULY_ISO,
        uid: [44, 49, 'abc$2', 'abc$2'],
      },
      { range: [50, 71], timestamp: [52, 66, JULY], iso: JULY_ISO, uid: [66, 70, 'abc$', 'abc$'] },
    ],
    trailing: [],
    diagnostics: [
      ['bad-escape', 23, 25, 0],
      ['bad-escape', 47, 49, 1],
      ['bad-escape', 69, 70, 2],
    ],
  },

  // Count 3. Tag 0 4..35: UID "1720755020$2e1" 20..34 (escape 30..33), 0x00 at 34 (0x22).
  // Tag 1 35..96: the good GUID, UID 51..95, escapes 59, 66, 73, 80. Tag 2 at 96 (0x60)
  // "- " (delete, none), timestamp 98..112, UID "1720755020$2e1" again 112..126 (escape
  // 122..125), 0x00 at 126, end of the 127-byte file. Tag 2 decodes to tag 0's UID
  // "1720755020.1": duplicate-uid on tag 2's UID bytes, 112..126; tag 0, the first, is not
  // flagged.
  'diag-duplicate-uid': {
    byteLength: 127,
    version: [3, 0, 2],
    count: [3, 2, 4],
    tags: [
      {
        range: [4, 35],
        timestamp: [6, 20, JULY],
        iso: JULY_ISO,
        uid: [20, 34, '1720755020$2e1', '1720755020.1'],
        escapes: [[30, 33, '.']],
      },
      guidTag(35, JULY, GOOD_GUID),
      {
        range: [96, 127],
        operation: 'delete',
        content: 'none',
        timestamp: [98, 112, JULY],
        iso: JULY_ISO,
        uid: [112, 126, '1720755020$2e1', '1720755020.1'],
        escapes: [[122, 125, '.']],
        duplicate: true,
      },
    ],
    trailing: [],
    diagnostics: [['duplicate-uid', 112, 126, 2]],
  },

  // Count 1, the good GUID tag 4..65, then 00 00 FF EE at 65..69, the end of the file. The
  // one counted tag is read; what follows does not start like a tag ("+b" and digits), so
  // the four bytes are trailing: one range and one diagnostic, 65..69.
  'diag-trailing-bytes': {
    byteLength: 69,
    version: [3, 0, 2],
    count: [1, 2, 4],
    tags: [guidTag(4, JULY, GOOD_GUID)],
    trailing: [[65, 69]],
    diagnostics: [['trailing-bytes', 65, 69, null]],
  },

  // Count 1 but three tags follow: the good GUID 4..65, then from 65 "+b…" with UID
  // "1720755020$2e1" 81..95 (0x00 at 95), then from 96 "&b…" (get and delete) with UID
  // "1720755020$2e2" 112..126 (0x00 at 126), and one 0x00 at 127 that starts no tag. The
  // two tags past Count still start like tags, so they are read, marked beyond Count;
  // Count 1 against 3 terminated tags is a count-mismatch; 127..128 is trailing.
  'beyond-count': {
    byteLength: 128,
    version: [3, 0, 2],
    count: [1, 2, 4],
    tags: [
      guidTag(4, JULY, GOOD_GUID),
      {
        range: [65, 96],
        timestamp: [67, 81, JULY],
        iso: JULY_ISO,
        uid: [81, 95, '1720755020$2e1', '1720755020.1'],
        escapes: [[91, 94, '.']],
        beyondCount: true,
      },
      {
        range: [96, 127],
        operation: 'get-and-delete',
        timestamp: [98, 112, JULY],
        iso: JULY_ISO,
        uid: [112, 126, '1720755020$2e2', '1720755020.2'],
        escapes: [[122, 125, '.']],
        beyondCount: true,
      },
    ],
    trailing: [[127, 128]],
    diagnostics: [
      ['count-mismatch', 2, 4, null],
      ['trailing-bytes', 127, 128, null],
    ],
  },

  // Count 6, six tags of 19 bytes ("+b" + 14 digits + "aN" + 0x00): tag i at 4 + 19i,
  // timestamp at 6 + 19i. Tag 0 has 'O' (0x4F) at 10 among its digits; tag 1 month 13;
  // tag 2 Feb 30 of 2023; tag 3 hour 24; tag 4 minute 60: each a bad-timestamp over its 14
  // digits. Tag 5 is Feb 29 of the leap year 2024, 23:59:59: valid. The file ends at 118.
  'diag-bad-timestamp': {
    byteLength: 118,
    version: [3, 0, 2],
    count: [6, 2, 4],
    tags: [
      shortUidTag(4, '2024O712083015', null, 'a1'),
      shortUidTag(23, '20241301083015', null, 'a2'),
      shortUidTag(42, '20230230083015', null, 'a3'),
      shortUidTag(61, '20240712240000', null, 'a4'),
      shortUidTag(80, '20240712086015', null, 'a5'),
      shortUidTag(99, '20240229235959', '2024-02-29T23:59:59', 'a6'),
    ],
    trailing: [],
    diagnostics: [
      ['bad-timestamp', 6, 20, 0],
      ['bad-timestamp', 25, 39, 1],
      ['bad-timestamp', 44, 58, 2],
      ['bad-timestamp', 63, 77, 3],
      ['bad-timestamp', 82, 96, 4],
    ],
  },

  // Count 1, one tag 4..29: UID "$41BC123" 20..28, 0x00 at 28. $41 at 20..23 is 'A', a
  // letter Outlook writes as it is: needless-escape on 20..23. Decoded "ABC123".
  'diag-needless-escape': {
    byteLength: 29,
    version: [3, 0, 2],
    count: [1, 2, 4],
    tags: [
      {
        range: [4, 29],
        timestamp: [6, 20, JULY],
        iso: JULY_ISO,
        uid: [20, 28, '$41BC123', 'ABC123'],
        escapes: [[20, 23, 'A']],
      },
    ],
    trailing: [],
    diagnostics: [['needless-escape', 20, 23, 0]],
  },

  // Count 1, one tag 4..35: UID "1720755020.1-a" 20..34. '.' at 30 (0x1E, after 10 digits)
  // and '-' at 32 (0x20) are stored as they are instead of $2e and $2d: one
  // unescaped-char each, one byte long. Nothing to decode: the UID is the raw text.
  'diag-unescaped-char': {
    byteLength: 35,
    version: [3, 0, 2],
    count: [1, 2, 4],
    tags: [
      {
        range: [4, 35],
        timestamp: [6, 20, JULY],
        iso: JULY_ISO,
        uid: [20, 34, '1720755020.1-a', '1720755020.1-a'],
      },
    ],
    trailing: [],
    diagnostics: [
      ['unescaped-char', 30, 31, 0],
      ['unescaped-char', 32, 33, 0],
    ],
  },

  // Count 2. Tag 0 4..25: UID bytes 41 42 FF 43 at 20..24; 0xFF is never UTF-8: 22..23.
  // Tag 1 25..45: UID bytes 41 E2 82 at 41..44; E2 opens a 3-byte sequence, 82 continues
  // it, then the 0x00 at 44 cuts it short: one bad sequence 42..44. Each bad sequence reads
  // as one U+FFFD.
  'diag-bad-utf8': {
    byteLength: 45,
    version: [3, 0, 2],
    count: [2, 2, 4],
    tags: [
      {
        range: [4, 25],
        timestamp: [6, 20, JULY],
        iso: JULY_ISO,
        uid: [20, 24, 'AB\uFFFDC', 'AB\uFFFDC'],
      },
      {
        range: [25, 45],
        timestamp: [27, 41, JULY],
        iso: JULY_ISO,
        uid: [41, 44, 'A\uFFFD', 'A\uFFFD'],
      },
    ],
    trailing: [],
    diagnostics: [
      ['bad-utf8', 22, 23, 0],
      ['bad-utf8', 42, 44, 1],
    ],
  },

  // Count 2. Tag 0 is "+b2012" and its 0x00 at 10: 4..11, six characters, short of the 16
  // of operation, content and timestamp; its timestamp holds the 4 digits there, 6..10, and
  // its UID is empty at 10. Tag 1 at 11 is the good GUID tag, 11..72, the file end.
  'diag-tag-too-short': {
    byteLength: 72,
    version: [3, 0, 2],
    count: [2, 2, 4],
    tags: [
      { range: [4, 11], timestamp: [6, 10, '2012'], iso: null, uid: [10, 10, '', ''] },
      guidTag(11, JULY, GOOD_GUID),
    ],
    trailing: [],
    diagnostics: [['tag-too-short', 4, 11, 0]],
  },

  // Count 2. Tag 0 is "+b20240712083015" and its 0x00 at 20: 4..21, no UID (empty at 20):
  // uid-empty over the tag. Tag 1 at 21 is the good GUID tag, 21..82, the file end.
  'diag-uid-empty': {
    byteLength: 82,
    version: [3, 0, 2],
    count: [2, 2, 4],
    tags: [
      { range: [4, 21], timestamp: [6, 20, JULY], iso: JULY_ISO, uid: [20, 20, '', ''] },
      guidTag(21, JULY, GOOD_GUID),
    ],
    trailing: [],
    diagnostics: [['uid-empty', 4, 21, 0]],
  },

  // Count 2. Tag 0 4..94: UID 61 '7's, $2e, "abcdefghi" = 73 bytes 20..93, decoding to
  // 61 + 1 + 9 = 71 characters, one over RFC 1939's 70: uid-too-long over 20..93. Tag 1
  // 94..181: 70 'x's 110..180, exactly the limit: no diagnostic.
  'diag-uid-too-long': {
    byteLength: 181,
    version: [3, 0, 2],
    count: [2, 2, 4],
    tags: [
      {
        range: [4, 94],
        timestamp: [6, 20, JULY],
        iso: JULY_ISO,
        uid: [20, 93, `${'7'.repeat(61)}$2eabcdefghi`, `${'7'.repeat(61)}.abcdefghi`],
        escapes: [[81, 84, '.']],
      },
      {
        range: [94, 181],
        timestamp: [96, 110, JULY],
        iso: JULY_ISO,
        uid: [110, 180, 'x'.repeat(70), 'x'.repeat(70)],
      },
    ],
    trailing: [],
    diagnostics: [['uid-too-long', 20, 93, 0]],
  },

  // 03 00 17: a version and one byte of Count; no complete header. too-short over the
  // whole file 0..3; the version reads 3 at 0..2, Count has no value and its one byte
  // (2..3) belongs to no field. No tag is read.
  'diag-too-short': {
    byteLength: 3,
    version: [3, 0, 2],
    count: [null, 2, 2],
    tags: [],
    trailing: [[2, 3]],
    diagnostics: [['too-short', 0, 3, null]],
  },

  // Zero bytes: too-short over the empty range 0..0; neither header field has a value.
  empty: {
    byteLength: 0,
    version: [null, 0, 0],
    count: [null, 0, 0],
    tags: [],
    trailing: [],
    diagnostics: [['too-short', 0, 0, null]],
  },

  // 02 00 01 00: version 2, bad-version on 0..2; Count 1, and the one tag is still read as
  // version 3: the good GUID tag 4..65, the file end.
  'diag-bad-version': {
    byteLength: 65,
    version: [2, 0, 2],
    count: [1, 2, 4],
    tags: [guidTag(4, JULY, GOOD_GUID)],
    trailing: [],
    diagnostics: [['bad-version', 0, 2, null]],
  },
};
