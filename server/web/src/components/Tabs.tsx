// Accessible tablist: roving tabindex, arrow keys, Home/End; panels stay mounted (state is kept).
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabDef<K extends string> {
  id: K;
  label: string;
  panel: ComponentChildren;
}

export function Tabs<K extends string>(props: { tabs: TabDef<K>[]; active: K; onChange(id: K): void; label: string }) {
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const ids = props.tabs.map((t) => t.id);

  const onKeyDown = (e: KeyboardEvent): void => {
    const i = ids.indexOf(props.active);
    let next = -1;
    if (e.key === 'ArrowRight') next = (i + 1) % ids.length;
    else if (e.key === 'ArrowLeft') next = (i - 1 + ids.length) % ids.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = ids.length - 1;
    if (next === -1) return;
    e.preventDefault();
    const id = ids[next]!;
    props.onChange(id);
    refs.current[id]?.focus();
  };

  return (
    <>
      <div class="tabs" role="tablist" aria-label={props.label} onKeyDown={onKeyDown}>
        {props.tabs.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              refs.current[t.id] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-controls={`panel-${t.id}`}
            aria-selected={t.id === props.active}
            tabIndex={t.id === props.active ? 0 : -1}
            class="tab"
            onClick={() => props.onChange(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {props.tabs.map((t) => (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a tab panel is focusable (WAI-ARIA tabs pattern)
        <section key={t.id} id={`panel-${t.id}`} role="tabpanel" aria-labelledby={`tab-${t.id}`} tabIndex={0} hidden={t.id !== props.active} class="panel">
          {t.panel}
        </section>
      ))}
    </>
  );
}
