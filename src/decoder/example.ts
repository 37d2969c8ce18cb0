import { encodeUidlHistory, type AuthoredTag } from './encode';

/**
 * The history the page opens with "Open example": every operation and content kind,
 * UIDs in the styles real POP3 servers use (Exchange GUIDs, Gmail ids, Dovecot and
 * qmail/maildir names, time.sequence numbers), and a few things a viewer should point
 * out: a UID recorded twice, a needless escape and a character left unescaped.
 */
const EXAMPLE_TAGS: AuthoredTag[] = [
  ['+', 'b', '20240710081502', '0BC535DB-EA63-11E1-A75C-00215AD7BB74'],
  ['+', 'b', '20240710081503', '143DBBCB-EA66-11E1-A5F2-002264C154BA'],
  ['+', 'h', '20240710081503', 'GmailId190a1b2c3d4e5f60'],
  ['+', 'h', '20240710081504', 'GmailId190a1b2c3d4e5f61'],
  ['+', 'b', '20240710093000', '1720755020.1'],
  ['+', 'b', '20240710093001', '1720755020.2'],
  ['&', 'b', '20240710093001', '1720755020.3'],
  ['+', 'b', '20240710120544', '1720613144.M512345P9012.mx1.example.net,S=4321'],
  ['+', 'b', '20240710120545', '1720613145.M607788P9012.mx1.example.net,S=18044'],
  ['+', ' ', '20240710120545', '1720613146.V803I1a2bM3c4d_0.mail,S=977'],
  ['-', ' ', '20240711064010', '1720613144.M512345P9012.mx1.example.net,S=4321'],
  ['+', 'b', '20240711064011', '000000015f3a9c7e'],
  ['+', 'b', '20240711064011', '000000025f3a9c80'],
  ['+', 'h', '20240711064012', 'UID4711-1720680000'],
  ['&', 'h', '20240711064012', 'UID4712-1720680000'],
  ['+', 'b', '20240711171958', 'AQAAANbUvQ8AAAAB'],
  ['+', 'b', '20240711171958', 'AQAAANbUvQ8AAAAC'],
  ['-', ' ', '20240712080000', '1720755020.1'],
  ['+', 'b', '20240712080001', 'msg_2024-07-12_0800@pop.example.org'],
  ['+', 'b', '20240712080002', '<20240712075959.4F2A1@relay.example.com>'],
  ['&', 'b', '20240712080002', 'a1b2c3d4e5f6=archive'],
  ['+', 'b', '20240712235959', '34F2E381-EB26-11E1-BD59-00215AD80C2C'],
  ['+', 'b', '20240713000000', 'GmailId190a1b2c3d4e5f62'],
  ['-', ' ', '20240713101530', '000000035f3a9c82'],
  ['+', 'h', '20240714111111', '2024071411.17aa09'],
  ['+', 'b', '20240714111112', '2024071411.17aa0a'],
  ['+', 'b', '20240229120000', 'leap-day.1709208000'],
].map(([operation, content, timestampRaw, uid]) => ({
  operation,
  content,
  timestampRaw,
  uid,
})) as AuthoredTag[];

// As found in the wild: an escape of a plain letter, and a '.' written as it is.
EXAMPLE_TAGS.push(
  { operation: '+', content: 'b', timestampRaw: '20240714111113', rawUid: '2024071411$2e17aa0$62' },
  { operation: '+', content: 'b', timestampRaw: '20240714111114', rawUid: '2024071411.17aa0c' },
);

export function exampleHistoryBytes(): Uint8Array {
  return encodeUidlHistory({ tags: EXAMPLE_TAGS });
}
