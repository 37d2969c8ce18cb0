import { CONTENT_CHARS, OPERATION_CHARS, byteText, contentOf, operationOf } from '../../decoder';

/** Names for one tag's operation and content bytes, as the table shows them. */

export interface FieldLabel {
  text: string;
  known: boolean;
}

function label(name: string | null, byte: number): FieldLabel {
  if (name !== null) return { text: name, known: true };
  // Byte 0 is what the model records when the tag is too short to have the field.
  if (byte === 0) return { text: '(missing)', known: false };
  return { text: `unknown ${byteText(byte)}`, known: false };
}

/** The recorded operation byte named (get / delete / get-and-delete), or shown as unknown. */
export function operationLabel(byte: number): FieldLabel {
  return label(operationOf(byte), byte);
}

/** The recorded content byte named (none / header / body), or shown as unknown. */
export function contentLabel(byte: number): FieldLabel {
  return label(contentOf(byte), byte);
}

/** Choices of the operation and content filters; a choice is the recorded byte. */
export const OPERATION_OPTIONS = Object.entries(OPERATION_CHARS).map(([name, char]) => ({
  name,
  byte: char.charCodeAt(0),
}));
export const CONTENT_OPTIONS = Object.entries(CONTENT_CHARS).map(([name, char]) => ({
  name,
  byte: char.charCodeAt(0),
}));
