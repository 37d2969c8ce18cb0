import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeUidlHistory, type HistoryJson } from '../../decoder';
import { classifyBytes, type FieldKind } from './classify';
import { describeByte, selectionAt } from './describe';

const fixturesDir = path.resolve(import.meta.dirname, '../../../fixtures');
const names = readdirSync(fixturesDir)
  .filter((f) => f.endsWith('.bin'))
  .map((f) => f.slice(0, -4));

/** The field of every byte, worked out from the golden JSON rather than from the model. */
function expectedFields(json: HistoryJson): FieldKind[] {
  const fields = Array<FieldKind>(json.byteLength).fill('none');
  const fill = (range: { start: number; end: number }, field: FieldKind) =>
    fields.fill(field, range.start, range.end);
  for (const range of json.trailing) fill(range, 'trailing');
  if (json.version.value !== null) fill(json.version, 'version');
  if (json.count.value !== null) fill(json.count, 'count');
  for (const tag of json.tags) {
    fill(tag.operationRange, 'operation');
    fill(tag.contentRange, 'content');
    fill(tag.timestampRange, 'timestamp');
    fill(tag.uidRange, 'uid');
    for (const escape of tag.escapes) fill(escape, 'escape');
    if (tag.terminated) fill({ start: tag.end - 1, end: tag.end }, 'terminator');
  }
  return fields;
}

describe.each(names)('the hex view over fixtures/%s.bin', (name) => {
  const bytes = new Uint8Array(readFileSync(path.join(fixturesDir, `${name}.bin`)));
  const json = JSON.parse(
    readFileSync(path.join(fixturesDir, `${name}.json`), 'utf8'),
  ) as HistoryJson;
  const history = decodeUidlHistory(bytes);

  it('colours every byte as the golden JSON places it', () => {
    expect(classifyBytes(history, 0, bytes.length).map((c) => c.field)).toEqual(
      expectedFields(json),
    );
  });

  it('classifies row by row the same as all at once', () => {
    const whole = classifyBytes(history, 0, bytes.length);
    const rows = [];
    for (let start = 0; start < bytes.length; start += 16)
      rows.push(...classifyBytes(history, start, Math.min(start + 16, bytes.length)));
    expect(rows).toEqual(whole);
  });

  it('describes every byte and selects a tag only for bytes inside it', () => {
    for (let offset = 0; offset < bytes.length; offset++) {
      expect(describeByte(history, bytes, offset)).not.toBe('');
      const selection = selectionAt(history, offset);
      if (selection) {
        expect(offset).toBeGreaterThanOrEqual(selection.start);
        expect(offset).toBeLessThan(selection.end);
      }
    }
  });
});
