import { describe, expect, it } from 'vitest';
import { sampleComparison, listingText } from './testing';
import { comparisonFromWire, comparisonToWire, wireBuffers } from './wire';

describe('a comparison as posted', () => {
  const { comparison } = sampleComparison();

  it('comes back the same over the listing text, through a structured clone', () => {
    // Transferring detaches the buffers the comparison posted shares: post another one.
    const wire = comparisonToWire(sampleComparison().comparison);
    const posted = structuredClone(wire, { transfer: wireBuffers(wire) });
    const back = comparisonFromWire(posted, listingText);
    expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(comparison)));
    expect(back.tagVerdicts).toEqual(['fetched', 'deleted', 'gone', 'gone']);
    expect(back.messages.at(3)).toEqual({
      line: 6,
      number: 4,
      uid: 'case-4',
      verdict: 'new',
      tags: [],
    });
  });

  it('carries no string of the listing: UIDs come back as offsets into the text', () => {
    const wire = comparisonToWire(comparison);
    const strings: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') strings.push(value);
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object' && !ArrayBuffer.isView(value))
        Object.values(value).forEach(collect);
    };
    collect({ ...wire, nearMisses: [], badLines: [] });
    expect(strings).toEqual([]);
    // Every buffer once: listing one twice makes postMessage throw.
    const buffers = wireBuffers(wire);
    expect(new Set(buffers).size).toBe(buffers.length);
    // Four listing columns, three verdict columns, the tags' verdicts, the distinct new UIDs.
    expect(buffers).toHaveLength(9);
  });
});
