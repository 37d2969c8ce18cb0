/**
 * Fix the history: a working copy over an opened history, edited by undoable edits,
 * written back with the decoder's encoder and decoded again. Pure, like the decoder.
 */
export { createWorkingCopy, replayEdits } from './workingCopy';
export { newUidsNotIn, newUidsOf } from './fromComparison';
export { REPAIR_ORDER } from './repairs';
export { MAX_COUNT } from './apply';
export { localTimestamp, timestampProblem } from './timestamp';
export { parseUidList, type UidList } from './uidList';
export { toPlainHex, toMfcmapiText } from './output';
export { WRITE_BACK_GUIDE } from './guide';
export {
  EditError,
  type ChangeKind,
  type ChangeLine,
  type ChangeSummary,
  type Edit,
  type EditResult,
  type RepairKind,
  type RepairProposal,
  type TagOrigin,
  type WorkingCopy,
} from './types';
