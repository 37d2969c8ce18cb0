import { comparisonJson, type ServerComparison } from '../compare/compare';
import { headJson, tagAt, tagHex } from '../decoder/index';
import type { ByteRange, DecodedHistory, TagView } from '../decoder/index';
import { ChunkBuffer } from './chunks';
import type { Fingerprint } from './json';

/** `JSON.stringify(value, null, 2)` for a value nested `depth` levels deep. */
function pretty(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 2);
  // A string value never holds a raw line break, so every one is between lines.
  return depth === 0 ? text : text.replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

const string = (value: string | null): string => (value === null ? 'null' : JSON.stringify(value));

function rangeText({ start, end }: ByteRange, indent: string): string {
  return `{\n${indent}  "start": ${start},\n${indent}  "end": ${end}\n${indent}}`;
}

/**
 * `pretty(tagJson(history, i, bytes), 2)`, written field by field from the tag's view
 * and its hex: the generic JSON.stringify with its indentation pass took most of the
 * time of a large export, and copying the view into a TagJson first made garbage. The
 * first test of jsonStream.test.ts holds the two to the same text.
 */
function tagText(tag: TagView, hex: string | undefined): string {
  const i1 = '      ';
  const i2 = '        ';
  const escapes =
    tag.escapes.length === 0
      ? '[]'
      : `[\n${tag.escapes
          .map(
            (e) =>
              `${i2}{\n${i2}  "start": ${e.start},\n${i2}  "end": ${e.end},\n${i2}  "char": ${string(e.char)},\n${i2}  "value": ${e.value}\n${i2}}`,
          )
          .join(',\n')}\n${i1}]`;
  const codes =
    tag.diagnosticCodes.length === 0
      ? '[]'
      : `[\n${tag.diagnosticCodes.map((code) => `${i2}${string(code)}`).join(',\n')}\n${i1}]`;
  return (
    `{\n${i1}"index": ${tag.index},\n${i1}"start": ${tag.start},\n${i1}"end": ${tag.end},` +
    `\n${i1}"operation": ${string(tag.operation)},\n${i1}"content": ${string(tag.content)},` +
    `\n${i1}"timestamp": ${string(tag.timestamp)},\n${i1}"timestampRaw": ${string(tag.timestampRaw)},` +
    `\n${i1}"rawUid": ${string(tag.rawUid)},\n${i1}"uid": ${string(tag.uid)},` +
    `\n${i1}"escapes": ${escapes},\n${i1}"operationChar": ${string(tag.operationChar)},` +
    `\n${i1}"contentChar": ${string(tag.contentChar)},\n${i1}"terminated": ${tag.terminated},` +
    `\n${i1}"beyondCount": ${tag.beyondCount},\n${i1}"duplicate": ${tag.duplicate},` +
    `\n${i1}"operationRange": ${rangeText(tag.operationRange, i1)},` +
    `\n${i1}"contentRange": ${rangeText(tag.contentRange, i1)},` +
    `\n${i1}"timestampRange": ${rangeText(tag.timestampRange, i1)},` +
    `\n${i1}"uidRange": ${rangeText(tag.uidRange, i1)},` +
    `\n${i1}"diagnosticCodes": ${codes}` +
    // Hex digits need no JSON escaping.
    (hex === undefined ? '' : `,\n${i1}"hex": "${hex}"`) +
    `\n    }`
  );
}

/**
 * The text of `toJsonText(history, comparison, bytes)` as chunks, tag by tag: the same
 * characters, but never more than a chunk of them in one string. The JSON of the
 * largest history (65,535 tags of 70 escaped characters) is hundreds of megabytes,
 * more than one string can hold.
 */
export function* jsonTextChunks(
  history: DecodedHistory,
  comparison?: ServerComparison | null,
  bytes?: Uint8Array,
  fingerprint?: Fingerprint,
): Generator<string> {
  const head: Record<string, unknown> = {
    ...(fingerprint && { sha256: fingerprint.sha256, sourceSha256: fingerprint.sourceSha256 }),
    ...headJson(history, bytes),
  };
  if (comparison) head.comparison = comparisonJson(comparison);
  const out = new ChunkBuffer();
  const keys = Object.keys(head);
  let full: string | null;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] ?? '';
    const separator = k === keys.length - 1 ? '\n' : ',\n';
    if ((full = out.add(`${k === 0 ? '{\n' : ''}  ${JSON.stringify(key)}: `))) yield full;
    if (key !== 'tags' || history.tags.length === 0) {
      if ((full = out.add(pretty(head[key], 1) + separator))) yield full;
      continue;
    }
    if ((full = out.add('[\n'))) yield full;
    const last = history.tags.length - 1;
    for (let i = 0; i <= last; i++) {
      const view = tagAt(history, i);
      const hex = bytes && tagHex(view, bytes);
      const tag = `    ${tagText(view, hex)}${i === last ? '\n' : ',\n'}`;
      if ((full = out.add(tag))) yield full;
    }
    if ((full = out.add(`  ]${separator}`))) yield full;
  }
  yield out.take() + '}\n';
}
