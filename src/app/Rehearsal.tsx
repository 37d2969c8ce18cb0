import { useEffect, useState } from 'react';
import { decodeUidlHistory, exampleHistoryBytes, tagRange } from '../decoder/index';
import { useServerComparison } from '../features/compare/useServerComparison';
import type { OpenedBlob } from '../worker/protocol';
import { sha256Hex } from '../worker/sha256';
import { DocumentView } from './DocumentView';

/**
 * The first file a page shows costs it more than any later one: the browser looks up
 * every font face and size the views use, shapes their text for the first time, and
 * compiles the views' code. Done with the 65,535-tag history, that is one task of 70–90 ms
 * on the page's thread. So once the page is idle with nothing open, the document view is
 * drawn for the built-in example, out of sight and out of reach (inert, hidden from
 * assistive technology): as a file opens, then with a tag selected, and taken away once
 * drawn. The first real file then finds
 * all of that done (`npm run bench:ui` measures both).
 */
export function Rehearsal({ onDone }: { onDone: () => void }) {
  const [opened, setOpened] = useState<OpenedBlob | null>(null);
  const [step, setStep] = useState<'as-opened' | 'selected'>('as-opened');
  const compare = useServerComparison(null);
  useEffect(() => {
    // With its fingerprint, as a file opens: the header's hash line is drawn too.
    let live = true;
    const blob = rehearsalBlob();
    const show = (hash: string | null): void => {
      if (live) setOpened({ ...blob, sha256: hash, sourceSha256: hash });
    };
    sha256Hex(blob.bytes).then(show, () => show(null));
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (!opened) return;
    // Every view draws at once here: the frame after the one that drew a step has laid it
    // out. First as a file opens (nothing selected), then with a tag selected.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => (step === 'as-opened' ? setStep('selected') : onDone()));
    });
    return () => cancelAnimationFrame(frame);
  }, [opened, step, onDone]);
  if (!opened) return null;
  const history = opened.history;
  return (
    <div className="rehearsal" aria-hidden="true" inert>
      <DocumentView
        opened={opened}
        selection={
          step === 'selected' && history && history.tags.length > 0 ? tagRange(history, 0) : null
        }
        onSelect={ignore}
        compare={compare}
        detailsTab="diagnostics"
        onDetailsTabChange={ignore}
        onOpenFile={ignore}
        onChooseHistory={ignore}
        drawAllAtOnce
      />
    </div>
  );
}

const ignore = (): void => undefined;

/** The built-in example, decoded here: a few hundred bytes the page itself made. */
function rehearsalBlob(): OpenedBlob {
  const bytes = exampleHistoryBytes();
  return {
    name: 'example.bin',
    sourceSize: bytes.length,
    bytes,
    history: decodeUidlHistory(bytes),
    sourceNote: null,
    problem: null,
    isExample: true,
    truncated: false,
    msg: null,
    store: null,
    sha256: null,
    sourceSha256: null,
  };
}

/**
 * Whether to rehearse now: once, when the browser first has nothing to do after the page
 * loaded, and only while `waiting` (nothing open or opening). Where the browser cannot say
 * when it is idle, after a second.
 */
export function useRehearsal(waiting: boolean): { rehearse: boolean; done: () => void } {
  const [phase, setPhase] = useState<'before' | 'now' | 'done'>('before');
  useEffect(() => {
    if (phase !== 'before') return;
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(() => setPhase('now'), { timeout: 2000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(() => setPhase('now'), 1000);
    return () => clearTimeout(id);
  }, [phase]);
  const [done] = useState(() => () => setPhase('done'));
  return { rehearse: phase === 'now' && waiting, done };
}
