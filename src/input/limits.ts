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

/**
 * Ceilings of a `.pst`/`.ost` scan: whatever a hostile store declares, the scanner never
 * reads, allocates or loops past these. A scan may lower or raise them (`withLimits`).
 */
export const LIMITS = {
  /** Bytes one scan may read from its source in all (a scan normally reads a few KiB). */
  maxScanBytes: 256 * 1024 * 1024,
  /** Bytes of one value brought into memory (a history is at most a few MiB). */
  maxValueBytes: MAX_INPUT_BYTES,
  /** Bytes of one single read from the source. */
  maxReadBytes: 16 * 1024 * 1024,
  /** Levels of one tree (B-tree, data tree, subnode tree) below its root. */
  maxTreeDepth: 16,
  /** Folders one scan visits. */
  maxFolders: 20_000,
  /** Entries of one table, list or map read from a file (rows, properties, subnodes). */
  maxEntries: 1_000_000,
  /** Pages, blocks and entries one scan may look at: a bound on total work. */
  maxWorkItems: 5_000_000,
} as const;

export type Limits = { readonly [K in keyof typeof LIMITS]: number };

export function withLimits(overrides: Partial<Limits> | undefined): Limits {
  return { ...LIMITS, ...overrides };
}
