export { readInput, readTextInput, looksLikeText } from './readInput';
export {
  openHistory,
  openHistoryFile,
  type ByteSource,
  type FileOpenOptions,
  type HistorySource,
  type TooLarge,
} from './openHistory';
export { storeHistoryPlace } from './store';
export { parseHexText } from './hexText';
export { chooseMsgHistory } from './msg';
export {
  decodeUtf8,
  decodeUtf8OrLatin1,
  decodeLatin1,
  decodeUtf16le,
  decodeTextFile,
} from './text';
export type {
  BlobInput,
  InputError,
  InputForm,
  InputResult,
  MsgCandidate,
  MsgInfo,
  StoreHistory,
  StoreInfo,
} from './types';
