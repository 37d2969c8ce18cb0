import {
  DIAGNOSTIC_BIT,
  TAG_TIMESTAMP_VALID,
  codesOfBits,
  escapeUid,
  hexOffset,
  timestampRawOf,
} from '../decoder/index';
import { repeatedTags } from './lookup';
import {
  countWithout,
  rawUidOfEntry,
  terminatedCount,
  uidOfEntry,
  type EditState,
  type Entry,
  type Opened,
} from './state';
import type { RepairKind, RepairProposal } from './types';

/** A proposal and the state it leads to. */
export interface RepairPlan {
  proposal: RepairProposal;
  next: EditState;
}

/** The order they are offered in: Count last, since the others change what is present. */
export const REPAIR_ORDER: readonly RepairKind[] = [
  'unterminated-tag',
  'trailing-bytes',
  'duplicate-uids',
  'escapes',
  'count',
];

const PLANNERS: Record<RepairKind, (opened: Opened, state: EditState) => RepairPlan | null> = {
  'unterminated-tag': planUnterminated,
  'trailing-bytes': planTrailing,
  'duplicate-uids': planDuplicates,
  escapes: planEscapes,
  count: planCount,
};

/** Every repair the state needs, in REPAIR_ORDER. */
export function planRepairs(opened: Opened, state: EditState): RepairPlan[] {
  if (!opened.hasHeader) return [];
  const plans: RepairPlan[] = [];
  for (const kind of REPAIR_ORDER) {
    const plan = PLANNERS[kind](opened, state);
    if (plan) plans.push(plan);
  }
  return plans;
}

export function planRepair(opened: Opened, state: EditState, kind: RepairKind): RepairPlan | null {
  return opened.hasHeader ? PLANNERS[kind](opened, state) : null;
}

const tagList = (indexes: readonly number[]): string =>
  `${indexes.length === 1 ? 'tag' : 'tags'} ${indexes.join(', ')}`;

function planUnterminated(opened: Opened, state: EditState): RepairPlan | null {
  const last = state.entries[state.entries.length - 1];
  if (!last || last.terminated || last.added) return null;
  const start = opened.history.tags.start[last.index] ?? 0;
  const end = opened.history.tags.end[last.index] ?? 0;
  return {
    proposal: {
      repair: 'unterminated-tag',
      text: `Drop tag ${last.index}, cut short without its 0x00 (${end - start} bytes at ${hexOffset(start)}).`,
      details: [`drop tag ${last.index} (UID "${uidOfEntry(opened, last)}" as far as it goes)`],
      tags: [last.index],
      skipped: [],
    },
    next: {
      ...state,
      entries: state.entries.slice(0, -1),
      count: countWithout(state, [last]),
    },
  };
}

function planTrailing(opened: Opened, state: EditState): RepairPlan | null {
  const { trailing } = opened.history;
  if (!state.keepTrailing || trailing.length === 0) return null;
  const size = trailing.reduce((n, range) => n + range.end - range.start, 0);
  return {
    proposal: {
      repair: 'trailing-bytes',
      text: `Drop the ${size} trailing byte${size === 1 ? '' : 's'} after the last tag, which no tag holds.`,
      details: trailing.map(
        (range) =>
          `drop ${range.end - range.start} byte${range.end - range.start === 1 ? '' : 's'} at ${hexOffset(range.start)}`,
      ),
      tags: [],
      skipped: [],
    },
    next: { ...state, keepTrailing: false },
  };
}

/** The timestamp digits of an entry when they form a real date and time, else null. */
function validTimestamp(opened: Opened, entry: Entry): string | null {
  if (entry.added) return entry.added.timestampRaw;
  const flags = opened.history.tags.flags[entry.index] ?? 0;
  return (flags & TAG_TIMESTAMP_VALID) !== 0 ? timestampRawOf(opened.history, entry.index) : null;
}

const entryName = (entry: Entry): string =>
  entry.added ? `the tag added for "${entry.added.uid}"` : `tag ${entry.index}`;

/**
 * Outlook appends, so the last record of a UID in the file is its latest; the others are
 * dropped. A UID whose last record is not also the latest by its timestamp (or has a
 * timestamp that is not a date) is left alone: which record is current is then unclear.
 */
function planDuplicates(opened: Opened, state: EditState): RepairPlan | null {
  // Only tags whose UID the opened history repeats can share it: a UID is added only when
  // the working copy does not hold it yet (checkEdit), and no edit changes a decoded UID.
  // So those repeats are all that need their UID read, and mostly there are none.
  const repeated = repeatedTags(opened);
  if (!repeated) return null;
  const groups = new Map<string, Entry[]>();
  for (const entry of state.entries) {
    if (entry.added || repeated[entry.index] !== 1) continue;
    const uid = uidOfEntry(opened, entry);
    if (uid === '') continue;
    const group = groups.get(uid);
    if (group) group.push(entry);
    else groups.set(uid, [entry]);
  }
  const drop = new Set<Entry>();
  const details: string[] = [];
  const skipped: string[] = [];
  const tags: number[] = [];
  for (const [uid, group] of groups) {
    if (group.length < 2) continue;
    const last = group[group.length - 1]!;
    const lastTime = validTimestamp(opened, last);
    const earlier = group.slice(0, -1);
    const times = earlier.map((entry) => validTimestamp(opened, entry));
    if (lastTime === null || times.some((time) => time === null || time > lastTime)) {
      skipped.push(
        `UID "${uid}": ${group.map(entryName).join(', ')}; the last is not clearly the latest by its timestamp`,
      );
      continue;
    }
    for (const entry of earlier) drop.add(entry);
    details.push(
      `UID "${uid}": keep ${entryName(last)}, drop ${earlier.map(entryName).join(', ')}`,
    );
    for (const entry of group) if (!entry.added) tags.push(entry.index);
  }
  if (drop.size === 0) return null;
  const removed = state.entries.filter((entry) => drop.has(entry));
  const proposal: RepairProposal = {
    repair: 'duplicate-uids',
    text: `Collapse ${details.length} duplicate UID${details.length === 1 ? '' : 's'} to the latest record, dropping ${tagList(removed.map((e) => e.index))}.`,
    details,
    tags: tags.sort((a, b) => a - b),
    skipped,
  };
  return {
    proposal,
    next: {
      ...state,
      entries: state.entries.filter((entry) => !drop.has(entry)),
      count: countWithout(state, removed),
    },
  };
}

const REWRITTEN = DIAGNOSTIC_BIT['needless-escape'] | DIAGNOSTIC_BIT['unescaped-char'];

/**
 * UIDs stored with a needless escape or an unescaped character are rewritten as Outlook
 * writes them: every character but ASCII letters and digits as `$` and two lower-case hex
 * digits. Only where the decoded UID is certain: no `$` that is not an escape, no bytes
 * that are not UTF-8, and only ASCII (a non-ASCII character has no single byte value).
 */
function planEscapes(opened: Opened, state: EditState): RepairPlan | null {
  // Only original tags can have these diagnostics, and the tags' bits are read far faster
  // than the working copy's entries.
  if (!opened.history.tags.diagnosticBits.some((bits) => (bits & REWRITTEN) !== 0)) return null;
  const details: string[] = [];
  const skipped: string[] = [];
  const rewrites = new Map<Entry, string>();
  for (const entry of state.entries) {
    if (entry.added || entry.rawUid !== undefined) continue;
    const bits = opened.history.tags.diagnosticBits[entry.index] ?? 0;
    if ((bits & REWRITTEN) === 0) continue;
    const codes = codesOfBits(bits);
    const uid = uidOfEntry(opened, entry);
    const raw = rawUidOfEntry(opened, entry);
    if (codes.includes('bad-escape') || codes.includes('bad-utf8')) {
      skipped.push(
        `tag ${entry.index}: "${raw}" also has a $ that is not an escape or bytes that are not UTF-8`,
      );
      continue;
    }
    if (uid === '' || [...uid].some((char) => char.charCodeAt(0) > 0x7f)) {
      skipped.push(`tag ${entry.index}: "${uid}" is not ASCII, which has no one escaped form`);
      continue;
    }
    const rewritten = escapeUid(uid);
    if (rewritten === raw) continue;
    rewrites.set(entry, rewritten);
    details.push(`tag ${entry.index}: "${raw}" → "${rewritten}" (UID "${uid}")`);
  }
  if (rewrites.size === 0) return null;
  const tags = [...rewrites.keys()].map((entry) => entry.index);
  return {
    proposal: {
      repair: 'escapes',
      text: `Rewrite the stored UID of ${tagList(tags)} as Outlook escapes it; the UID itself stays the same.`,
      details,
      tags,
      skipped,
    },
    next: {
      ...state,
      entries: state.entries.map((entry) => {
        const rawUid = rewrites.get(entry);
        return rawUid === undefined ? entry : { ...entry, rawUid };
      }),
    },
  };
}

/** Count said to be the number of terminated tags present, the number the decoder checks. */
function planCount(opened: Opened, state: EditState): RepairPlan | null {
  const present = terminatedCount(state);
  if (present === state.count || present > 0xffff) return null;
  const beyond = state.entries.filter((entry) => !entry.counted && entry.terminated);
  const details = [`Count ${state.count} → ${present}`];
  if (beyond.length > 0) {
    details.push(
      `${tagList(beyond.map((entry) => entry.index))} lay past the Count the header announced and will now be read`,
    );
  }
  return {
    proposal: {
      repair: 'count',
      text: `Set Count from ${state.count} to ${present}, the tags present.`,
      details,
      tags: beyond.map((entry) => entry.index),
      skipped: [],
    },
    next: {
      ...state,
      count: present,
      entries: state.entries.map((entry) =>
        entry.counted === entry.terminated ? entry : { ...entry, counted: entry.terminated },
      ),
    },
  };
}
