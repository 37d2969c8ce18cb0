import { useId } from 'react';
import type { MsgSummary } from '../../shared/workerTypes';

/**
 * What the Outlook .msg a history came from says about itself, and, when it holds more
 * than one history, the choice of which one to open.
 */
export function MsgFacts(props: { msg: MsgSummary; onChooseHistory: (index: number) => void }) {
  const { messageClass, subject, histories, chosen } = props.msg;
  const selectId = useId();
  return (
    <div className="summary__msg" data-testid="summary-msg">
      <span>
        Message class <strong>{messageClass ?? '(none)'}</strong>
      </span>
      <span>
        Subject <strong>{subject ?? '(none)'}</strong>
      </span>
      {histories.length > 1 && (
        <span>
          <label htmlFor={selectId}>History </label>
          <select
            id={selectId}
            value={chosen}
            onChange={(event) => props.onChooseHistory(Number(event.target.value))}
          >
            {histories.map((history, index) => (
              <option key={history.attachment} value={index}>
                {`${index + 1} of ${histories.length}: ${history.attachment} (${history.tagCount} tags)`}
              </option>
            ))}
          </select>
        </span>
      )}
    </div>
  );
}
