export { toCsv, csvChunks, csvCell } from './csv';
export { toJsonText } from './json';
export { jsonTextChunks } from './jsonStream';
export { joinChunks } from './chunks';
export { bytesToHex, bytesToCArray } from './bytes';
