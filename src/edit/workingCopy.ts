import { decodeUidlHistory, type DecodedHistory } from '../decoder/index';
import { addedKey, applyEdit, checkEdit, type PendingLine } from './apply';
import { planRepairs } from './repairs';
import { lastHolderOf, presentTags, tagsByUid } from './lookup';
import { buildResult } from './result';
import { initialState, isChanged, type EditState, type Opened } from './state';
import {
  EditError,
  type ChangeLine,
  type ChangeSummary,
  type Edit,
  type EditResult,
  type RepairKind,
  type TagOrigin,
  type WorkingCopy,
} from './types';

const once = <T>(make: () => T): (() => T) => {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
};

/**
 * A working copy over the history in `bytes`: nothing is edited yet, and `bytes` is
 * never changed (it is copied). Snapshots share the decoded original.
 *
 * A caller that has already decoded `bytes` and changes neither (the page) passes the
 * history too: the copy then reads both as they are instead of holding a second copy of
 * the file and of its decoded columns, tens of megabytes for the largest history.
 */
export function createWorkingCopy(bytes: Uint8Array, decoded?: DecodedHistory): WorkingCopy {
  const original = decoded ? bytes : bytes.slice();
  const history = decoded ?? decodeUidlHistory(original);
  const opened: Opened = {
    bytes: original,
    history,
    hasHeader: history.version.value !== null && history.count.value !== null,
  };
  return snapshot(opened, [initialState(opened)], [], [], []);
}

/**
 * The working copy `edits` make of the history in `bytes`, applied one by one to a fresh
 * copy: how another thread, given only the file and the edits (a few numbers and UIDs,
 * not the 65,535 entries of a state), comes to the same result the page would.
 * Throws EditError when an edit does not apply to that history.
 */
export function replayEdits(bytes: Uint8Array, edits: readonly Edit[]): WorkingCopy {
  return edits.reduce((copy, edit) => copy.apply(edit), createWorkingCopy(bytes));
}

function snapshot(
  opened: Opened,
  states: EditState[],
  lines: PendingLine[],
  edits: readonly Edit[],
  undone: readonly Edit[],
): WorkingCopy {
  const current = states[states.length - 1]!;
  const result = once(() => buildResult(opened, current, edits.length === 0));
  const self: WorkingCopy = {
    original: opened.bytes,
    history: opened.history,
    edits,
    undone,
    canUndo: edits.length > 0,
    canRedo: undone.length > 0,
    check: (edit) => checkEdit(opened, current, edit),
    apply(edit) {
      const problem = checkEdit(opened, current, edit);
      if (problem) throw new EditError(problem);
      const step = applyEdit(opened, current, edit, edits.length);
      return snapshot(
        opened,
        [...states, step.state],
        [...lines, ...step.lines],
        [...edits, edit],
        [],
      );
    },
    undo() {
      if (edits.length === 0) return self;
      const kept = edits.slice(0, -1);
      const lastEdit = edits.length - 1;
      return snapshot(
        opened,
        states.slice(0, -1),
        lines.filter((line) => line.edit !== lastEdit),
        kept,
        [edits[lastEdit]!, ...undone],
      );
    },
    redo() {
      const [next, ...rest] = undone;
      if (!next) return self;
      const step = applyEdit(opened, current, next, edits.length);
      return snapshot(
        opened,
        [...states, step.state],
        [...lines, ...step.lines],
        [...edits, next],
        rest,
      );
    },
    proposals: once(() => planRepairs(opened, current).map((plan) => plan.proposal)),
    changes: once(() => summarise(opened, current, lines, edits)),
    result,
    origins: once(() => originsOf(opened, current)),
    tagsWithUid(uid) {
      const present = presentTags(opened, current);
      return (tagsByUid(opened).get(uid) ?? []).filter((index) => present[index] === 1);
    },
    holdsUid: (uid, tags) => lastHolderOf(opened, current, uid, tags) !== undefined,
  };
  return self;
}

function summarise(
  opened: Opened,
  state: EditState,
  pending: PendingLine[],
  edits: readonly Edit[],
): ChangeSummary {
  if (edits.length === 0) {
    return { forgotten: 0, added: 0, changed: 0, repairs: [], lines: [], text: 'No changes' };
  }
  // Where the tags the lines name are in the result: one pass, looking up only those.
  const named = new Set(pending.flatMap((line) => line.originalTags));
  const originalAt = new Map<number, number>();
  const addedAt = new Map<string, number>();
  let kept = 0;
  state.entries.forEach((entry, i) => {
    if (entry.added) addedAt.set(addedKey(entry.added.edit, entry.added.uid), i);
    else {
      kept++;
      if (named.has(entry.index)) originalAt.set(entry.index, i);
    }
  });
  const lines: ChangeLine[] = pending.map(({ edit, kind, text, originalTags, added }) => ({
    edit,
    kind,
    text,
    originalTags,
    resultTags: [
      ...originalTags.flatMap((index) => originalAt.get(index) ?? []),
      ...added.flatMap((key) => addedAt.get(key) ?? []),
    ],
  }));
  const forgotten = opened.history.tags.length - kept;
  const added = state.entries.filter((entry) => entry.added).length;
  const changed = state.entries.filter((entry) => isChanged(opened, entry)).length;
  const repairs = edits.flatMap((edit): RepairKind[] =>
    edit.kind === 'repair' ? [edit.repair] : [],
  );
  const text =
    `${forgotten} forgotten, ${added} added, ${changed} changed` +
    (repairs.length > 0 ? `; repairs: ${repairs.join(', ')}` : '');
  return { forgotten, added, changed, repairs, lines, text };
}

function originsOf(opened: Opened, state: EditState): TagOrigin[] {
  return state.entries.map((entry) =>
    entry.added
      ? { kind: 'added', edit: entry.added.edit, uid: entry.added.uid }
      : { kind: 'original', index: entry.index, changed: isChanged(opened, entry) },
  );
}

export type { EditResult };
