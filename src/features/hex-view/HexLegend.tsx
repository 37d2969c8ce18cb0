import type { JSX } from 'react';

const ENTRIES: { field: string; name: string }[] = [
  { field: 'version', name: 'Version' },
  { field: 'count', name: 'Count' },
  { field: 'operation', name: 'Operation' },
  { field: 'content', name: 'Content' },
  { field: 'timestamp', name: 'Timestamp' },
  { field: 'uid', name: 'UID' },
  { field: 'escape', name: '$-escape' },
  { field: 'terminator', name: 'Terminator' },
  { field: 'trailing', name: 'Trailing / unclaimed' },
  { field: 'error', name: 'Error' },
];

/** What each byte colour means; the swatches use the same classes as the bytes. */
export function HexLegend(): JSX.Element {
  return (
    <ul className="hex-legend" aria-label="Byte colours">
      {ENTRIES.map((e) => (
        <li key={e.field}>
          <span className={`hex-swatch f-${e.field}`} aria-hidden="true" />
          {e.name}
        </li>
      ))}
    </ul>
  );
}
