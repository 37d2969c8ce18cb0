/**
 * Limits that keep crafted input from exhausting time or memory, written once for every
 * reader of containers (the `.msg` compound file, the `.pst` scanner) and the CLI. Each is
 * far above what Outlook writes, so no real file comes near one.
 */

/** The most bytes of one input that are read and decoded; the page browses larger files. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Messages embedded in messages (attachments of attachments). Outlook nests a handful. */
export const MAX_EMBEDDED_MESSAGES = 64;

/**
 * Stream bytes a container reader may hand out, as a multiple of the container's size.
 * Streams that share sectors (or a stream read again and again) would otherwise multiply
 * the file's bytes in memory and in decoding work.
 */
export const MAX_UNPACKED_FACTOR = 2;
