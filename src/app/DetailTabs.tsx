import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface DetailTab {
  id: string;
  label: ReactNode;
  panel: ReactNode;
}

/**
 * Views that share one place on the page, one shown at a time (WAI-ARIA tabs: arrow keys
 * move between tabs, the active tab is the one tab stop). A panel is first rendered when
 * it is first shown, so a view nobody opens costs nothing (the edit view decodes the
 * history again); from then on it stays mounted while hidden, so a list keeps its scroll
 * position and a text box its text.
 */
export function DetailTabs(props: {
  tabs: DetailTab[];
  label: string;
  /** The shown tab, when the page decides it (a pasted listing shows the comparison). */
  active?: string;
  onActiveChange?: (id: string) => void;
}) {
  const [ownActive, setOwnActive] = useState(props.tabs[0]?.id ?? '');
  const active = props.active ?? ownActive;
  const [shown, setShown] = useState<ReadonlySet<string>>(() => new Set([active]));
  if (!shown.has(active)) setShown(new Set([...shown, active]));
  const setActive = (id: string): void => {
    setOwnActive(id);
    props.onActiveChange?.(id);
  };
  const baseId = useId();
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent, index: number): void => {
    const last = props.tabs.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    const tab = target === null ? undefined : props.tabs[target];
    if (!tab) return;
    event.preventDefault();
    setActive(tab.id);
    tabRefs.current.get(tab.id)?.focus();
  };

  return (
    <div className="detail-tabs">
      <div className="detail-tabs__list" role="tablist" aria-label={props.label}>
        {props.tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(element) => {
              if (element) tabRefs.current.set(tab.id, element);
              else tabRefs.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={`${baseId}-${tab.id}-tab`}
            className="detail-tabs__tab"
            aria-selected={tab.id === active}
            aria-controls={`${baseId}-${tab.id}-panel`}
            tabIndex={tab.id === active ? 0 : -1}
            onClick={() => setActive(tab.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {props.tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${baseId}-${tab.id}-panel`}
          aria-labelledby={`${baseId}-${tab.id}-tab`}
          className="detail-tabs__panel"
          hidden={tab.id !== active}
        >
          {shown.has(tab.id) && tab.panel}
        </div>
      ))}
    </div>
  );
}
