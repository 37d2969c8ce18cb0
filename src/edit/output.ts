import { toHex } from '../decoder/index';

/**
 * The bytes as one run of upper-case hex digits, the way MFCMAPI writes a binary
 * property and what its binary editors read back: MFCMAPI's HexStringToBin drops
 * whitespace and `-.,\/'{}` and one leading `0x`, and takes nothing else, so neither
 * `cb:` nor `lpb:` may be pasted.
 */
export function toPlainHex(bytes: Uint8Array): string {
  return toHex(bytes).toUpperCase();
}

/** `cb: 4 lpb: 03000000`: MFCMAPI's copy of a binary property, which the viewer also reads. */
export function toMfcmapiText(bytes: Uint8Array): string {
  return `cb: ${bytes.length} lpb: ${bytes.length === 0 ? 'NULL' : toPlainHex(bytes)}`;
}
