import DecodeWorker from '../worker/decode.worker?worker&inline';
import { createDecoderClient } from './decoderClient';

// Inlined so the single-file build also decodes when opened from file://.
export const decoder = createDecoderClient(() => new DecodeWorker());
