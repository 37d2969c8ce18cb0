import { chooseMsgHistory } from './msg';
import { readInput, readTextInput } from './readInput';
import type { InputResult } from './types';

/** What the user gave: a file's bytes with its name, or text (a paste). */
export type HistorySource = { bytes: Uint8Array; name: string } | { text: string };

/**
 * The one way from what the user gave to the history to decode, for the page's worker and
 * the command line alike: the form is recognised, and of a container holding several
 * histories the `choice`-th (0-based) is taken, the others listed in `msg.candidates`.
 * A choice the input does not have is an error that says how many there are.
 */
export function openHistory(source: HistorySource, choice = 0): InputResult {
  const input =
    'text' in source ? readTextInput(source.text) : readInput(source.bytes, source.name);
  if (input.kind === 'error' || choice === 0) return input;
  const chosen = chooseMsgHistory(input, choice);
  if (chosen !== null) return chosen;
  const count = input.msg?.candidates.length ?? 0;
  const holds = input.msg
    ? `the .msg holds ${count === 1 ? 'only one' : count}`
    : 'the input is not a .msg';
  return { kind: 'error', message: `history ${choice + 1} was asked for, but ${holds}` };
}
