export { toCsv, csvCell } from './csv';
export { toJsonText } from './json';
export { bytesToHex, bytesToCArray } from './bytes';
