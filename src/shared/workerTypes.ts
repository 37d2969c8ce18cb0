/** What views need to know of the workers' messages and failures, without starting a worker. */
export { isAbortError } from '../worker/port';
export { DecoderLostError, DecoderUnavailableError } from '../worker/decoderClient';
export type { DecodeProgress, DecodeSource, MsgSummary, OpenedBlob } from '../worker/protocol';
