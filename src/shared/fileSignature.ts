/** Well-known file signatures, to tell the person what they opened instead of a BLOB. */
const SIGNATURES: readonly { kind: string; bytes: readonly number[] }[] = [
  { kind: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: 'a ZIP archive (or an Office document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { kind: 'an Outlook data file (.pst/.ost)', bytes: [0x21, 0x42, 0x44, 0x4e] },
];

/** What kind of file the bytes start like, e.g. "a PNG image"; null when none is known. */
export function recognizeSignature(bytes: Uint8Array): string | null {
  const match = SIGNATURES.find(
    (signature) =>
      bytes.length >= signature.bytes.length &&
      signature.bytes.every((byte, i) => bytes[i] === byte),
  );
  return match?.kind ?? null;
}
