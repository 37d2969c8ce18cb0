export { scanStore, accountOf, MESSAGE_MANAGER_CLASS, type ScanOptions } from './scan';
export { bufferSource, type ByteSource, type CancelSignal } from './source';
export type { StoreError, StoreErrorCode } from './errors';
export type { Encryption, StoreFormat } from './header';
export type * from './types';
