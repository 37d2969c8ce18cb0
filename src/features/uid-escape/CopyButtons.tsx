import { useState } from 'react';

/** Copy buttons for the raw and the decoded UID, with both values shown to select by hand. */
export function CopyButtons({ rawUid, uid }: { rawUid: string; uid: string }) {
  const [status, setStatus] = useState('');
  const copy = (what: string, text: string) => {
    const refused = () =>
      setStatus(`Copying was not allowed here; select the ${what} above and copy it by hand.`);
    // Absent outside secure contexts (a page opened from file:// in some browsers).
    if (typeof navigator.clipboard?.writeText !== 'function') {
      refused();
      return;
    }
    navigator.clipboard.writeText(text).then(() => setStatus(`Copied the ${what}.`), refused);
  };
  return (
    <div className="uid-escapes__copy">
      <dl>
        <div>
          <dt>Raw UID</dt>
          <dd>
            <code>{rawUid}</code>
          </dd>
        </div>
        <div>
          <dt>UID</dt>
          <dd>
            <code>{uid}</code>
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
