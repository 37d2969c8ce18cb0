/**
 * The written store against readers we did not write (pst-extractor, libpff's pffinfo and
 * pffexport), and the scanner against Outlook-written stores that pst-extractor ships,
 * with expectations read from those stores by pst-extractor itself.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { PSTFile, PSTFolder, PSTMessage } from 'pst-extractor';
import type { DescriptorIndexNode } from 'pst-extractor/dist/DescriptorIndexNode.class';
import type { PSTTableBC as PSTTableBCType } from 'pst-extractor/dist/PSTTableBC.class';
import type { PSTNodeInputStream as PSTNodeInputStreamType } from 'pst-extractor/dist/PSTNodeInputStream.class';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { scanStore } from './scan';
import { bufferSource } from './source';
import { firstDifference } from './testing/bytes';
import { historyStore, noise } from './testing/stores';
import { buildPst } from './testing/writer';

// These tests write and read stores of several megabytes; on a busy machine that can take
// longer than the default 5 s, which is a ceiling, not a measure.
vi.setConfig({ testTimeout: 60_000 });

const require = createRequire(import.meta.url);
const { PSTTableBC } = require('pst-extractor/dist/PSTTableBC.class.js') as {
  PSTTableBC: typeof PSTTableBCType;
};
const { PSTNodeInputStream } = require('pst-extractor/dist/PSTNodeInputStream.class.js') as {
  PSTNodeInputStream: typeof PSTNodeInputStreamType;
};

const TESTDATA = join(require.resolve('pst-extractor/package.json'), '..', 'example', 'testdata');
const PFFINFO = '/usr/bin/pffinfo';

interface ExtractedMessage {
  folderPath: string;
  messageClass: string;
  subject: string;
  conversationKey: string;
  attachments: Array<{
    longFilename: string;
    filename: string;
    displayName: string;
    data: Uint8Array;
  }>;
}

/**
 * pst-extractor logs and throws on a folder without a hierarchy table (search folders, some
 * OST folders); such a folder has no subfolders, and its log lines are kept out of the output.
 */
function subFolders(folder: PSTFolder): PSTFolder[] {
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    return folder.getSubFolders();
  } catch {
    return [];
  } finally {
    quiet.mockRestore();
  }
}

/** Paths of the ordinary folders (NID type 0x02), as pst-extractor's folder list gives them. */
function folderPaths(file: PSTFile): string[] {
  const out = [''];
  const walk = (folder: PSTFolder, path: string[]): void => {
    for (const child of subFolders(folder)) {
      if ((child.descriptorNodeId.toNumber() & 0x1f) !== 0x02) continue;
      const childPath = [...path, child.displayName];
      out.push(childPath.join('/'));
      walk(child, childPath);
    }
  };
  walk(file.getRootFolder(), []);
  return out;
}

/**
 * pst-extractor lists no associated contents, so its descriptor tree is used instead: every
 * node of NID type 0x08 (associated message) whose parent is a folder, opened as a message.
 */
function associatedMessages(file: PSTFile): ExtractedMessage[] {
  const paths = new Map<number, string>();
  const walk = (folder: PSTFolder, path: string[]): void => {
    for (const child of subFolders(folder)) {
      const childPath = [...path, child.displayName];
      paths.set(child.descriptorNodeId.toNumber(), childPath.join('/'));
      walk(child, childPath);
    }
  };
  walk(file.getRootFolder(), []);
  const out: ExtractedMessage[] = [];
  for (const [parent, children] of file.getChildDescriptorTree()) {
    const folderPath = paths.get(parent);
    if (folderPath === undefined) continue;
    for (const node of children) {
      if ((node.descriptorIdentifier & 0x1f) !== 0x08) continue;
      out.push(openMessage(file, node, folderPath));
    }
  }
  return out;
}

function openMessage(
  file: PSTFile,
  node: DescriptorIndexNode,
  folderPath: string,
): ExtractedMessage {
  const table = new PSTTableBC(
    new PSTNodeInputStream(file, file.getOffsetIndexNode(node.dataOffsetIndexIdentifier)),
  );
  const local = node.localDescriptorsOffsetIndexIdentifier.isZero()
    ? undefined
    : file.getPSTDescriptorItems(node.localDescriptorsOffsetIndexIdentifier);
  const message = new PSTMessage(file, node, table, local);
  const key = table.getItems().get(0x000b)?.data;
  const attachments = [];
  for (let i = 0; i < message.numberOfAttachments; i++) {
    const attachment = message.getAttachment(i);
    const stream = attachment.fileInputStream;
    const data = Buffer.alloc(stream ? stream.length.toNumber() : 0);
    stream?.readCompletely(data);
    attachments.push({
      longFilename: attachment.longFilename,
      filename: attachment.filename,
      displayName: attachment.displayName,
      data: new Uint8Array(data),
    });
  }
  return {
    folderPath,
    messageClass: message.messageClass,
    subject: message.subject,
    conversationKey: key ? Buffer.from(key).toString('hex').toUpperCase() : '',
    attachments,
  };
}

const { spec, expected } = historyStore();
const written = buildPst(spec);
const work = mkdtempSync(join(tmpdir(), 'pst-test-'));
const writtenPath = join(work, 'written.pst');
writeFileSync(writtenPath, written);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('pst-extractor reads the written store', () => {
  const file = new PSTFile(Buffer.from(written));
  const managers = associatedMessages(file).filter((m) => m.messageClass === 'IPM.MessageManager');

  it('finds the Message Manager messages in their folders, with subject and key', () => {
    expect(
      managers.map(({ folderPath, subject, conversationKey }) => ({
        folderPath,
        subject,
        conversationKey,
      })),
    ).toEqual(
      expected.map(({ folderPath, subject, conversationKey }) => ({
        folderPath,
        subject,
        conversationKey,
      })),
    );
  });

  it('reads every history attachment back byte for byte, as the scanner does', async () => {
    const scan = await scanStore(bufferSource(written));
    if (scan.kind === 'error') throw new Error(scan.message);
    const ours = scan.messages.flatMap((m) => m.attachments);
    const theirs = managers.flatMap((m) => m.attachments);
    const wanted = expected.flatMap((m) => m.attachments);
    expect(theirs).toHaveLength(wanted.length);
    for (const [i, want] of wanted.entries()) {
      expect(theirs[i]!.longFilename).toBe(want.longFileName ?? '');
      expect(theirs[i]!.filename).toBe(want.fileName ?? '');
      expect(theirs[i]!.displayName).toBe(want.displayName ?? '');
      expect(firstDifference(theirs[i]!.data, want.data)).toBe('same');
      const data = await ours[i]!.readData();
      expect(data instanceof Uint8Array && firstDifference(data, theirs[i]!.data)).toBe('same');
    }
  });

  it('lists the ordinary folders and mail beside them', () => {
    const top = file.getRootFolder().getSubFolders()[0]!;
    expect(top.displayName).toBe('Top of Personal Folders');
    expect(top.getSubFolders().map((f) => [f.displayName, f.contentCount])).toEqual([
      ['Inbox', 3],
      ['Sent Items', 1],
      ['POP Archive', 1],
      ['Deleted Items', 0],
    ]);
  });
});

// CI installs pff-tools, so there the check must run; elsewhere it is skipped, saying why.
const havePff = existsSync(PFFINFO);
if (!havePff && process.env.CI !== 'true') {
  console.warn(
    `skipping the libpff checks: ${PFFINFO} is not installed (apt-get install pff-tools)`,
  );
}
describe.skipIf(!havePff && process.env.CI !== 'true')('libpff reads the written store', () => {
  it('pffinfo accepts it as a compressible-encrypted PST', () => {
    const out = execFileSync(PFFINFO, [writtenPath], { encoding: 'utf8' });
    expect(out).toMatch(/File content type:\s+Personal Storage Tables \(PST\)/);
    expect(out).toMatch(/File type:\s+64-bit/);
    expect(out).toMatch(/Encryption type:\s+compressible/);
  });

  it('pffexport finds the folder tree and the ordinary messages', () => {
    const target = join(work, 'export');
    execFileSync('/usr/bin/pffexport', ['-q', '-m', 'items', '-t', target, writtenPath]);
    const root = `${target}.export/Top of Personal Folders`;
    for (const folder of ['Inbox', 'Sent Items', 'POP Archive', 'Deleted Items']) {
      expect(existsSync(join(root, folder)), folder).toBe(true);
    }
    const attachment = join(root, 'Inbox', 'Message00001', 'Attachments', '1_report.pdf');
    expect(firstDifference(readFileSync(attachment), noise(20_000, 1))).toBe('same');
  });

  it('pffexport decodes a store written with high (cyclic) encryption, which the scanner reads too', async () => {
    const cyclic = historyStore('cyclic');
    const bytes = buildPst(cyclic.spec);
    const path = join(work, 'cyclic.pst');
    writeFileSync(path, bytes);
    expect(execFileSync(PFFINFO, [path], { encoding: 'utf8' })).toMatch(/Encryption type:\s+high/);
    const target = join(work, 'cyclic');
    execFileSync('/usr/bin/pffexport', ['-q', '-m', 'items', '-t', target, path]);
    const attachment = join(
      `${target}.export`,
      'Top of Personal Folders',
      'Inbox',
      'Message00001',
      'Attachments',
      '1_report.pdf',
    );
    expect(firstDifference(readFileSync(attachment), noise(20_000, 1))).toBe('same');
    const scan = await scanStore(bufferSource(bytes));
    if (scan.kind === 'error') throw new Error(scan.message);
    expect(scan.encryption).toBe('cyclic');
    const wanted = cyclic.expected.flatMap((m) => m.attachments);
    const found = scan.messages.flatMap((m) => m.attachments);
    expect(found).toHaveLength(wanted.length);
    for (const [i, attachment] of found.entries()) {
      const data = await attachment.readData();
      expect(data instanceof Uint8Array && firstDifference(data, wanted[i]!.data)).toBe('same');
    }
  });
});

describe('a value spread over an XXBLOCK', () => {
  const data = noise(9_000_000, 5);
  const bytes = buildPst({
    folders: [
      {
        name: 'Inbox',
        messages: [
          {
            messageClass: 'IPM.Note',
            subject: 'Big',
            attachments: [{ longFileName: 'big.bin', data }],
          },
        ],
      },
    ],
  });

  it('is read back byte for byte by pst-extractor', () => {
    const inbox = new PSTFile(Buffer.from(bytes)).getRootFolder().getSubFolders()[0]!;
    const message = inbox.getNextChild() as PSTMessage;
    const stream = message.getAttachment(0).fileInputStream!;
    const read = Buffer.alloc(stream.length.toNumber());
    stream.readCompletely(read);
    expect(firstDifference(read, data)).toBe('same');
  });

  it.skipIf(!havePff && process.env.CI !== 'true')(
    'is read back byte for byte by pffexport',
    () => {
      const path = join(work, 'xxblock.pst');
      writeFileSync(path, bytes);
      const target = join(work, 'xxblock');
      execFileSync('/usr/bin/pffexport', ['-q', '-m', 'items', '-t', target, path]);
      const exported = readFileSync(
        join(`${target}.export`, 'Inbox', 'Message00001', 'Attachments', '1_big.bin'),
      );
      expect(firstDifference(exported, data)).toBe('same');
    },
  );
});

describe('Outlook-written stores shipped with pst-extractor', () => {
  const ostPath = join(TESTDATA, 'pstextractortest@outlook.com.ost');

  it('finds the Message Manager message of the OST (4 KiB pages, compressed blocks) where pst-extractor does', async () => {
    const bytes = new Uint8Array(readFileSync(ostPath));
    const theirs = associatedMessages(new PSTFile(Buffer.from(bytes))).filter(
      (m) => m.messageClass === 'IPM.MessageManager',
    );
    expect(theirs).toHaveLength(1);
    const scan = await scanStore(bufferSource(bytes));
    if (scan.kind === 'error') throw new Error(scan.message);
    expect(scan.format).toBe('unicode-4k');
    expect(scan.problems).toEqual([]);
    expect(
      scan.messages.map((m) => ({
        folderPath: m.folderPath,
        subject: m.subject,
        conversationKey: m.conversationKey,
        attachments: m.attachments.length,
      })),
    ).toEqual(
      theirs.map((m) => ({
        folderPath: m.folderPath,
        subject: m.subject,
        conversationKey: m.conversationKey,
        attachments: m.attachments.length,
      })),
    );
    // FORMAT.md quotes this store's subject.
    expect(scan.messages[0]!.profileName).toBe('Outlook');
    expect(scan.messages[0]!.profileKey).toBe('E9BA982ADA517341B914CED02C473528');
  });

  it.each(['pstextractortestpdf@outlook.com.ost', 'enron.pst'])(
    'scans %s, which has no Message Manager message (pst-extractor finds none either)',
    async (name) => {
      const bytes = new Uint8Array(readFileSync(join(TESTDATA, name)));
      const theirs = associatedMessages(new PSTFile(Buffer.from(bytes))).filter(
        (m) => m.messageClass === 'IPM.MessageManager',
      );
      const scan = await scanStore(bufferSource(bytes));
      if (scan.kind === 'error') throw new Error(scan.message);
      expect(scan.problems).toEqual([]);
      expect(scan.messages).toHaveLength(theirs.length);
      expect(scan.bytesRead).toBeLessThan(bytes.length / 20);
    },
  );

  it.each(['enron.pst', 'pstextractortest@outlook.com.ost'])(
    'visits the same folders of %s as pst-extractor lists',
    async (name) => {
      const bytes = new Uint8Array(readFileSync(join(TESTDATA, name)));
      const theirs = folderPaths(new PSTFile(Buffer.from(bytes)));
      const scan = await scanStore(bufferSource(bytes));
      if (scan.kind === 'error') throw new Error(scan.message);
      expect([...scan.folderPaths].sort()).toEqual([...theirs].sort());
    },
  );
});
