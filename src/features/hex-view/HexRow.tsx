import { memo, type JSX } from 'react';
import { asciiChar, hexByte, hexDigits } from '../../decoder/hex';
import type { DecodedHistory } from '../../decoder/model';
import { classifyBytes, type ByteClass } from './classify';

export const BYTES_PER_ROW = 16;

export interface HexRowProps {
  row: number;
  bytes: Uint8Array;
  history: DecodedHistory | null;
  /** translateY of the row inside the scrolled element. */
  y: number;
  /** Parts of the selection and the find match inside this row; start === end when none. */
  selectionStart: number;
  selectionEnd: number;
  matchStart: number;
  matchEnd: number;
  /** Offset of the byte cursor when it is in this row, else -1. */
  cursor: number;
  cellId: (offset: number) => string;
}

function classNames(c: ByteClass | undefined, offset: number, p: HexRowProps): string {
  let name = 'hex-byte';
  if (c) {
    if (c.field !== 'none') name += ` f-${c.field}`;
    if (c.error) name += ' f-error';
    if (c.tagFirst) name += ' tag-first';
    if (c.tagLast) name += ' tag-last';
    if (c.escapeFirst) name += ' escape-first';
    if (c.escapeLast) name += ' escape-last';
  }
  if (offset >= p.selectionStart && offset < p.selectionEnd) {
    name += ' selected';
    if (offset === p.selectionStart) name += ' selected-first';
    if (offset === p.selectionEnd - 1) name += ' selected-last';
  }
  if (offset >= p.matchStart && offset < p.matchEnd) name += ' match';
  if (offset === p.cursor) name += ' cursor';
  return name;
}

/** One row of the dump: offset, 16 bytes in hex, the same 16 as characters. */
export const HexRow = memo(function HexRow(props: HexRowProps): JSX.Element {
  const { row, bytes, history } = props;
  const start = row * BYTES_PER_ROW;
  const end = Math.min(start + BYTES_PER_ROW, bytes.length);
  const classes = history ? classifyBytes(history, start, end) : [];
  const hexCells: JSX.Element[] = [];
  const textCells: JSX.Element[] = [];
  for (let offset = start; offset < end; offset++) {
    const byte = bytes[offset] ?? 0;
    const name = classNames(classes[offset - start], offset, props);
    hexCells.push(
      <span
        key={offset}
        id={props.cellId(offset)}
        role="gridcell"
        className={name}
        data-offset={offset}
      >
        {hexByte(byte)}
      </span>,
    );
    textCells.push(
      <span
        key={offset}
        className={`${name} hex-char${offset === start ? ' hex-char-first' : ''}`}
        data-offset={offset}
        aria-hidden="true"
      >
        {asciiChar(byte)}
      </span>,
    );
  }
  return (
    <div
      role="row"
      aria-rowindex={row + 1}
      className="hex-row"
      style={{ transform: `translateY(${props.y}px)` }}
    >
      <span role="rowheader" className="hex-offset">
        {hexDigits(start, 8)}
      </span>
      {hexCells}
      {textCells}
    </div>
  );
});
