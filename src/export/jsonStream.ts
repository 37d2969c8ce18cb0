import type { ServerComparison } from '../compare/compare';
import { headJson, tagJson } from '../decoder/index';
import type { DecodedHistory } from '../decoder/index';
import { ChunkBuffer } from './chunks';

/** `JSON.stringify(value, null, 2)` for a value nested `depth` levels deep. */
function pretty(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 2);
  // A string value never holds a raw line break, so every one is between lines.
  return depth === 0 ? text : text.replace(/\n/g, `\n${'  '.repeat(depth)}`);
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
): Generator<string> {
  const head: Record<string, unknown> = { ...headJson(history, bytes) };
  if (comparison) head.comparison = comparison;
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
      const tag = `    ${pretty(tagJson(history, i, bytes), 2)}${i === last ? '\n' : ',\n'}`;
      if ((full = out.add(tag))) yield full;
    }
    if ((full = out.add(`  ]${separator}`))) yield full;
  }
  yield out.take() + '}\n';
}
