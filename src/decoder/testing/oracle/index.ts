/**
 * The decoder as it was before the single-pass rewrite, kept only so that property
 * tests can check the new one against it (same JSON, same diagnostics). Not used by
 * the product. One fix is made here: its bad-operation and bad-content messages passed
 * the byte's text to String.replace as a pattern, which garbled them for '$'.
 */
export { decodeUidlHistory } from './decode';
export { toJson } from './json';
