export function App() {
  return (
    <main>
      <h1>POP3 UIDL History Viewer</h1>
      <p>
        Reads the POP3 UIDL history BLOB that Outlook keeps on a hidden message in the Inbox. The
        viewer is on its way; for now the command line decodes a BLOB:{' '}
        <code>npm run decode -- file.bin</code>.
      </p>
    </main>
  );
}
