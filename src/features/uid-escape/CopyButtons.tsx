import { useState } from 'react';
import { writeClipboard } from '../../shared/browser';
import { VisibleText } from '../../shared/fields/VisibleText';

/** Copy buttons for the raw and the decoded UID, with both values shown to select by hand. */
export function CopyButtons({ rawUid, uid }: { rawUid: string; uid: string }) {
  const [status, setStatus] = useState('');
  const copy = (what: string, text: string) => {
    void writeClipboard(text).then((copied) =>
      setStatus(
        copied
          ? `Copied the ${what}.`
          : `Copying was not allowed here; select the ${what} above and copy it by hand.`,
      ),
    );
  };
  return (
    <div className="uid-escapes__copy">
      <dl>
        <div>
          <dt>Raw UID</dt>
          <dd>
            <code>
              <VisibleText text={rawUid} />
            </code>
          </dd>
        </div>
        <div>
          <dt>UID</dt>
          <dd>
            <code>
              <VisibleText text={uid} />
            </code>
          </dd>
        </div>
      </dl>
      <button type="button" onClick={() => copy('raw UID', rawUid)}>
        Copy raw UID
      </button>
      <button type="button" onClick={() => copy('UID', uid)}>
        Copy UID
      </button>
      <p role="status" className="uid-escapes__status">
        {status}
      </p>
    </div>
  );
}
