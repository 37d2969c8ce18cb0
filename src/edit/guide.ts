/**
 * How to put an edited history back into Outlook with MFCMAPI, for the page to show and
 * the README to repeat (keep the two the same). Plain text, one step a line.
 */
export const WRITE_BACK_GUIDE = `Putting the edited history back into Outlook

Warning: Outlook trusts this history completely. A wrong edit makes it download every
message on the server again, or never download mail it should. The file you opened is
not changed; the edited history is a new file or a new hex text.

1. Close Outlook, and wait until OUTLOOK.EXE has gone from Task Manager.
2. Back up the data file (.pst) the POP3 account delivers to: copy it somewhere safe.
3. Start MFCMAPI: Session > Logon, choose the Outlook profile, then double-click the
   store (the .pst) in the list.
4. Expand Root - Top of Information Store (or Top of Outlook data file), right-click
   Inbox and choose "Open associated contents table".
5. Find the message whose Message Class is IPM.MessageManager (subject "Outlook Message
   Manager (...)"), right-click it and choose "Display attachment table".
6. Select the attachment named BlobPOP followed by the account's address (older: Blob
   and 8 hex digits) so that its properties are listed below.
7. Right-click PidTagAttachDataBinary (PR_ATTACH_DATA_BIN, 0x37010102) and choose
   "Edit as stream" > "Binary...". Select everything in the "Stream (Binary)" box,
   delete it, and paste the edited history as plain hex (no "cb:" or "lpb:"; MFCMAPI
   takes only hex digits and ignores spaces and line breaks). Check that "Count of
   bytes" shows the size the viewer gives, then click OK.
   To start from the saved .bin file instead: Tools > Hex editor..., Import the file,
   copy what the Hex box shows, and paste that.
8. In the attachment table window choose Actions > "Save changes on message", then
   close MFCMAPI.
9. Start Outlook and run Send/Receive.

On the next Send/Receive Outlook compares the server's UIDL list with this history: it
downloads every message whose UID has no record (so forgotten messages come again, if
the server still has them) and skips every message that has one (so messages marked as
fetched are not downloaded). If anything goes wrong, close Outlook and put the backup of
the .pst back.
`;
