/**
 * What both commands (`pop3-uidl` and `pop3-uidl edit`) check in their arguments the
 * same way: the parse itself, the one input file, and `--history <n>`.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** `parseArgs` of `config`, or the message of what it refused (an unknown option, say). */
export function parseOrRefuse<T extends ParseArgsConfig>(
  config: T,
): { parsed: ReturnType<typeof parseArgs<T>> } | { refused: string } {
  try {
    return { parsed: parseArgs(config) };
  } catch (error) {
    return { refused: error instanceof Error ? error.message : String(error) };
  }
}

/** Why the positionals are not one input file, or null when they are. */
export function inputProblem(positionals: readonly string[]): string | null {
  if (positionals.length === 1) return null;
  return positionals.length === 0
    ? 'No input file given'
    : `Only one input file, got ${positionals.length}`;
}

/** `--history <n>` as a 1-based number, or what is wrong with it. */
export function historyChoice(text: string): { history: number } | { problem: string } {
  const history = Number(text);
  return Number.isInteger(history) && history >= 1
    ? { history }
    : { problem: `--history takes a number from 1 up, not "${text}"` };
}
