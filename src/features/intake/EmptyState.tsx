import './intake.css';

/** What the tool is, where its input comes from, and how to open one. */
export function EmptyState() {
  return (
    <section className="empty-state" aria-labelledby="empty-state-title">
      <h2 id="empty-state-title">Read Outlook&rsquo;s POP3 UIDL history</h2>
      <p>
        When a POP3 account leaves copies of messages on the server, Outlook remembers which
        messages it has already fetched or deleted, by their UIDL, in a small binary history. This
        viewer decodes it: every UID, whether it was fetched or deleted, and when. Everything stays
        in this page; nothing is uploaded.
      </p>
      <h3>Where the history is</h3>
      <ol className="empty-state__path">
        <li>Open the mailbox with a MAPI tool such as MFCMAPI.</li>
        <li>
          In the <strong>Inbox</strong>, open the <strong>associated contents</strong> (the hidden
          messages).
        </li>
        <li>
          Open the message of class <code>IPM.MessageManager</code> and its attachment.
        </li>
        <li>
          Save the property <code>PidTagAttachDataBinary</code> (0x37010102) to a file, or copy it
          as hex.
        </li>
      </ol>
      <h3>Three ways to open it</h3>
      <ul className="empty-state__ways">
        <li>
          <strong>Drop</strong> the file anywhere on this page.
        </li>
        <li>
          <strong>Open file…</strong> above, and choose it.
        </li>
        <li>
          <strong>Paste</strong> the hex text with <kbd>Ctrl</kbd>+<kbd>V</kbd> (<kbd>⌘</kbd>+
          <kbd>V</kbd> on a Mac) anywhere on the page.
        </li>
      </ul>
      <p>
        No file at hand? <strong>Open example</strong> shows a made-up history with every kind of
        tag and a few faults to find.
      </p>
    </section>
  );
}
