import { CONTENT_CHARS, OPERATION_CHARS, timestampRawOf } from '../decoder/index';
import { lastHolderOf, presentTags } from './lookup';
import { planRepair } from './repairs';
import {
  countWithout,
  hasOperation,
  operationByteOf,
  operationOfEntry,
  uidOfEntry,
  type EditState,
  type Entry,
  type Opened,
} from './state';
import { timestampProblem } from './timestamp';
import type { ChangeKind, Edit } from './types';

/** Count is two bytes: no history holds more tags than it can announce. */
export const MAX_COUNT = 0xffff;

/** A change line before the result's tag indexes are known: it names tags by origin instead. */
export interface PendingLine {
  edit: number;
  kind: ChangeKind;
  text: string;
  originalTags: number[];
  /** Tags it added, by `addedKey`. */
  added: string[];
}

/** Names an added tag across snapshots: the edit that added it and its UID. */
export const addedKey = (edit: number, uid: string): string => `${edit} ${uid}`;

export interface Step {
  state: EditState;
  lines: PendingLine[];
}

/** Why `edit` cannot be applied to `state`, or null. */
export function checkEdit(opened: Opened, state: EditState, edit: Edit): string | null {
  if (!opened.hasHeader) {
    return 'The file is too short to hold Version and Count: there is no history to edit.';
  }
  switch (edit.kind) {
    case 'forget':
      return checkTags(opened, state, edit.tags, 'forget');
    case 'set-operation': {
      const problem = checkTags(opened, state, edit.tags, 'change');
      if (problem) return problem;
      if (!Object.hasOwn(OPERATION_CHARS, edit.operation)) {
        return `"${String(edit.operation)}" is not an operation (get, delete, get-and-delete).`;
      }
      for (const index of edit.tags) {
        if (!hasOperation(opened, index)) return `Tag ${index} is too short to have an operation.`;
      }
      const entries = entriesOf(state, edit.tags);
      if (entries.every((entry) => operationOfEntry(opened, entry) === edit.operation)) {
        return `${edit.tags.length === 1 ? 'The tag already records' : 'The tags already record'} ${edit.operation}.`;
      }
      return null;
    }
    case 'mark-fetched':
      return checkMarkFetched(opened, state, edit);
    case 'repair':
      return planRepair(opened, state, edit.repair)
        ? null
        : `Nothing to repair for ${edit.repair} in the history as it stands.`;
  }
}

function checkTags(
  opened: Opened,
  state: EditState,
  tags: readonly number[],
  verb: string,
): string | null {
  if (tags.length === 0) return `No tag given to ${verb}.`;
  const present = presentTags(opened, state);
  const seen = new Set<number>();
  for (const index of tags) {
    if (!Number.isInteger(index)) return `"${index}" is not a tag index.`;
    if (seen.has(index)) return `Tag ${index} is given twice.`;
    seen.add(index);
    if (present[index] !== 1) return `There is no tag ${index} in the working copy to ${verb}.`;
  }
  return null;
}

/** RFC 1939: a UID is made of the characters 0x21 to 0x7E. */
const UID_CHARS = /^[\x21-\x7e]+$/;

function checkMarkFetched(
  opened: Opened,
  state: EditState,
  edit: Extract<Edit, { kind: 'mark-fetched' }>,
): string | null {
  if (edit.uids.length === 0) return 'No UID given to mark as fetched.';
  if (!Object.hasOwn(CONTENT_CHARS, edit.content)) {
    return `"${String(edit.content)}" is not a content (body, header, none).`;
  }
  const problem = timestampProblem(edit.timestampRaw);
  if (problem) return problem;
  const last = state.entries[state.entries.length - 1];
  if (last && !last.terminated) {
    return `Tag ${last.index} is cut short (no 0x00), so a tag added after it would run into it; drop it first (repair unterminated-tag).`;
  }
  if (state.entries.length + edit.uids.length > MAX_COUNT) {
    return `The history would hold ${state.entries.length + edit.uids.length} tags, more than Count can announce (${MAX_COUNT}).`;
  }
  const seen = new Set<string>();
  for (const uid of edit.uids) {
    if (!UID_CHARS.test(uid)) {
      return `"${uid}" is not a UID: a UID is 1 or more characters from 0x21 to 0x7E (no spaces).`;
    }
    if (seen.has(uid)) return `UID "${uid}" is given twice.`;
    seen.add(uid);
    const at = lastHolderOf(opened, state, uid);
    if (at !== undefined) {
      return `UID "${uid}" is already in the history (${at < 0 ? 'added' : `tag ${at}`}).`;
    }
  }
  return null;
}

function entriesOf(state: EditState, tags: readonly number[]): Entry[] {
  const wanted = new Set(tags);
  return state.entries.filter((entry) => !entry.added && wanted.has(entry.index));
}

/** `edit` (the `editIndex`-th) applied to `state`; `checkEdit` has passed. */
export function applyEdit(opened: Opened, state: EditState, edit: Edit, editIndex: number): Step {
  const describe = (entry: Entry) => describeEntry(opened, entry);
  switch (edit.kind) {
    case 'forget': {
      const removed = entriesOf(state, edit.tags);
      const gone = new Set(removed);
      return {
        state: {
          ...state,
          entries: state.entries.filter((entry) => !gone.has(entry)),
          count: countWithout(state, removed),
        },
        lines: removed.map((entry) => ({
          edit: editIndex,
          kind: 'forget',
          text: `forget tag ${entry.index}: ${describe(entry)}`,
          originalTags: [entry.index],
          added: [],
        })),
      };
    }
    case 'set-operation': {
      const byte = operationByteOf(edit.operation);
      const lines: PendingLine[] = [];
      const wanted = new Set(edit.tags);
      const entries = state.entries.map((entry) => {
        if (entry.added || !wanted.has(entry.index)) return entry;
        const before = operationOfEntry(opened, entry);
        if (before === edit.operation) return entry;
        const changed = { ...entry, operationByte: byte };
        lines.push({
          edit: editIndex,
          kind: 'operation',
          text: `tag ${entry.index}: operation ${before ?? 'unknown'} → ${edit.operation} (UID "${uidOfEntry(opened, entry)}")`,
          originalTags: [entry.index],
          added: [],
        });
        return changed;
      });
      return { state: { ...state, entries }, lines };
    }
    case 'mark-fetched': {
      const added: Entry[] = edit.uids.map((uid) => ({
        index: -1,
        counted: true,
        terminated: true,
        added: { edit: editIndex, uid, content: edit.content, timestampRaw: edit.timestampRaw },
      }));
      return {
        state: {
          ...state,
          entries: [...state.entries, ...added],
          count: Math.min(MAX_COUNT, state.count + added.length),
        },
        lines: added.map((entry) => ({
          edit: editIndex,
          kind: 'add',
          text: `add: ${describe(entry)}`,
          originalTags: [],
          added: [addedKey(editIndex, entry.added?.uid ?? '')],
        })),
      };
    }
    case 'repair': {
      const plan = planRepair(opened, state, edit.repair);
      if (!plan) return { state, lines: [] };
      return {
        state: plan.next,
        lines: [
          {
            edit: editIndex,
            kind: 'repair',
            text: `repair ${edit.repair}: ${plan.proposal.text}`,
            originalTags: plan.proposal.tags,
            added: [],
          },
        ],
      };
    }
  }
}

/** `get body 2012-09-06 13:11:38 "uid"`: what a change line says about a tag. */
export function describeEntry(opened: Opened, entry: Entry): string {
  const uid = uidOfEntry(opened, entry);
  if (entry.added) {
    const { content, timestampRaw } = entry.added;
    return `get ${content} ${timestampRaw} "${uid}"`;
  }
  const operation = operationOfEntry(opened, entry) ?? 'unknown operation';
  return `${operation} ${timestampRawOf(opened.history, entry.index)} "${uid}"`;
}
