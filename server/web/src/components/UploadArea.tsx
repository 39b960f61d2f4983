// Drag-and-drop area plus "Kies een bestand"; reports the chosen file.
import { useRef, useState } from 'preact/hooks';

export const ACCEPT = '.pdf,.docx,.txt,.md,.html';
const EXTENSIONS = ACCEPT.split(',');

export function acceptable(name: string): boolean {
  const lower = name.toLowerCase();
  return EXTENSIONS.some((ext) => lower.endsWith(ext)) || lower.endsWith('.htm') || lower.endsWith('.markdown');
}

export function UploadArea(props: { disabled: boolean; onFile(file: File): void }) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the drop zone only adds dragging; its file button is the keyboard way in
    <div
      class={`dropzone${over ? ' over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        if (!props.disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer?.files[0];
        if (file && !props.disabled) props.onFile(file);
      }}
    >
      <p class="dropzone-text">
        <span aria-hidden="true" class="dropzone-icon">
          ⬆
        </span>
        Sleep je stageplan of overeenkomst hierheen, of
      </p>
      <button type="button" class="button" disabled={props.disabled} onClick={() => input.current?.click()}>
        Kies een bestand
      </button>
      <input
        ref={input}
        id="file-input"
        class="visually-hidden"
        type="file"
        accept={ACCEPT}
        tabIndex={-1}
        aria-label="Kies een bestand"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) props.onFile(file);
        }}
      />
      <p class="hint">PDF, Word (.docx), tekst (.txt of .md) of webpagina (.html). Controleren slaat niets op.</p>
    </div>
  );
}
