// HTML → structured plain text. Never executes anything: htmlparser2 is a pure tokenizer.
// Output: headings as "# Kop", list items "- x" / "1. x", table rows "a | b | c",
// paragraphs separated by a blank line.

import { Parser } from 'htmlparser2';
import { DOCUMENT_LIMITS, errors } from './errors.ts';

/** Nested lists deeper than this are indented no further (the prefix would grow with the depth). */
const MAX_LIST_INDENT = 8;

/** Elements whose content is dropped entirely. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'nav',
  'footer',
  'title',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'select',
  'button',
  'audio',
  'video',
  'map',
  'datalist',
  'dialog',
]);

/** Elements that start and end a paragraph-like block. */
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'aside',
  'blockquote',
  'figure',
  'figcaption',
  'form',
  'fieldset',
  'legend',
  'address',
  'pre',
  'center',
  'details',
  'summary',
  'caption',
  'dl',
  'dt',
  'dd',
  'body',
  'html',
  'hgroup',
  'search',
  'output',
]);

const HEADING = /^h([1-6])$/;

class Writer {
  private parts: string[] = [];
  private any = false;
  private lineStarted = false;
  private pendingBreak = 0;
  private pendingSpace = false;
  private prefix = '';

  /** inline: used for table cells, where line breaks become spaces and prefixes are dropped. */
  constructor(private readonly inline = false) {}

  brk(n: 1 | 2): void {
    if (this.any) this.pendingBreak = Math.max(this.pendingBreak, n);
    this.pendingSpace = false;
  }

  setPrefix(p: string): void {
    if (!this.inline) this.prefix = p;
  }

  /** Inline text; whitespace is collapsed unless `pre`. */
  text(raw: string, pre = false): void {
    if (pre) {
      const lines = raw.replace(/\r\n?/g, '\n').split('\n');
      lines.forEach((l, i) => {
        if (i > 0) this.brk(1);
        const t = l.replace(/\s+$/, '');
        if (t.trim()) this.emit(t);
      });
      return;
    }
    const s = raw.replace(/[\s\u00a0\u200b]+/g, ' ');
    if (s === '') return;
    if (s === ' ') {
      if (this.lineStarted) this.pendingSpace = true;
      return;
    }
    const lead = s.startsWith(' ');
    const trail = s.endsWith(' ');
    if (lead && this.lineStarted) this.pendingSpace = true;
    this.emit(s.trim());
    this.pendingSpace = trail;
  }

  /** Emits a finished line (e.g. a table row) verbatim. */
  line(s: string): void {
    this.brk(1);
    this.emit(s);
    this.brk(1);
  }

  private emit(core: string): void {
    if (this.pendingBreak > 0 && this.any) {
      this.parts.push(this.inline ? ' ' : '\n'.repeat(this.pendingBreak));
      this.lineStarted = false;
      this.pendingSpace = false;
    }
    this.pendingBreak = 0;
    if (!this.lineStarted && this.prefix) {
      this.parts.push(this.prefix);
      this.prefix = '';
    } else if (this.pendingSpace && this.lineStarted) {
      this.parts.push(' ');
    }
    this.parts.push(core);
    this.lineStarted = true;
    this.any = true;
    this.pendingSpace = false;
  }

  toString(): string {
    return this.parts.join('');
  }
}

interface OpenTag {
  name: string;
  skipRoot: boolean;
}

/** Tidies the final text: no trailing spaces, at most one blank line, trimmed, NFC. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\s+$/g, '')
    .normalize('NFC');
}

/** Structured text of an HTML document; nesting deeper than DOCUMENT_LIMITS.maxHtmlDepth is a DocumentError. */
export function htmlToText(html: string): string {
  const main = new Writer();
  const writers: Writer[] = [main];
  const cur = (): Writer => writers[writers.length - 1]!;
  const stack: OpenTag[] = [];
  const lists: Array<{ ordered: boolean; n: number }> = [];
  const tables: Array<{ row: string[] | null; cellDepth: number }> = [];
  let skipDepth = 0;
  let liDepth = 0;
  let preDepth = 0;

  const open = (name: string, attrs: Record<string, string>): void => {
    const h = HEADING.exec(name);
    if (h) {
      cur().brk(2);
      cur().setPrefix(`${'#'.repeat(Number(h[1]))} `);
      return;
    }
    switch (name) {
      case 'br':
        cur().brk(1);
        return;
      case 'hr':
        cur().brk(2);
        return;
      case 'ul':
      case 'ol':
      case 'menu': {
        cur().brk(lists.length || liDepth ? 1 : 2);
        const start = Number.parseInt(attrs.start ?? '', 10);
        lists.push({ ordered: name === 'ol', n: Number.isFinite(start) ? start : 1 });
        return;
      }
      case 'li': {
        const list = lists[lists.length - 1];
        cur().brk(1);
        const marker = list?.ordered ? `${list.n++}. ` : '- ';
        cur().setPrefix('  '.repeat(Math.min(MAX_LIST_INDENT, Math.max(0, lists.length - 1))) + marker);
        liDepth++;
        return;
      }
      case 'table':
        cur().brk(2);
        tables.push({ row: null, cellDepth: 0 });
        return;
      case 'tr': {
        const t = tables[tables.length - 1];
        if (t) t.row = [];
        return;
      }
      case 'td':
      case 'th': {
        const t = tables[tables.length - 1];
        if (!t) return;
        if (!t.row) t.row = [];
        t.cellDepth++;
        writers.push(new Writer(true));
        return;
      }
      case 'pre':
        preDepth++;
        cur().brk(liDepth ? 1 : 2);
        return;
    }
    if (BLOCK.has(name)) cur().brk(liDepth ? 1 : 2);
  };

  const close = (name: string): void => {
    if (HEADING.test(name)) {
      cur().brk(2);
      return;
    }
    switch (name) {
      case 'ul':
      case 'ol':
      case 'menu':
        lists.pop();
        cur().brk(lists.length || liDepth ? 1 : 2);
        return;
      case 'li':
        liDepth = Math.max(0, liDepth - 1);
        cur().brk(1);
        return;
      case 'td':
      case 'th': {
        const t = tables[tables.length - 1];
        if (!t || t.cellDepth === 0 || writers.length < 2) return;
        t.cellDepth--;
        const w = writers.pop()!;
        t.row!.push(w.toString().replace(/\s+/g, ' ').trim());
        return;
      }
      case 'tr': {
        const t = tables[tables.length - 1];
        if (t?.row?.some((c) => c !== '')) cur().line(t.row.join(' | '));
        if (t) t.row = null;
        return;
      }
      case 'table': {
        const t = tables.pop();
        // A row left open by malformed HTML.
        if (t?.row?.some((c) => c !== '')) cur().line(t.row.join(' | '));
        cur().brk(2);
        return;
      }
      case 'pre':
        preDepth = Math.max(0, preDepth - 1);
        cur().brk(liDepth ? 1 : 2);
        return;
    }
    if (BLOCK.has(name)) cur().brk(liDepth ? 1 : 2);
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const hidden = 'hidden' in attrs || attrs['aria-hidden'] === 'true' || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attrs.style ?? '');
        const skipRoot = skipDepth === 0 && (SKIP.has(name) || hidden);
        stack.push({ name, skipRoot });
        // The parser's own work per closing tag grows with the depth: deeper nesting is refused, not parsed.
        if (stack.length > DOCUMENT_LIMITS.maxHtmlDepth) throw errors.tooDeeplyNested();
        if (skipRoot) skipDepth++;
        if (skipDepth > 0) return;
        open(name, attrs);
      },
      onclosetag(name) {
        // htmlparser2 emits a close for every open tag (implied ones too), in order.
        let idx = stack.length - 1;
        while (idx >= 0 && stack[idx]!.name !== name) idx--;
        if (idx < 0) return;
        while (stack.length > idx) {
          const t = stack.pop()!;
          if (skipDepth === 0) close(t.name);
          if (t.skipRoot) skipDepth--;
        }
      },
      ontext(text) {
        if (skipDepth > 0) return;
        cur().text(text, preDepth > 0);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  // Cells left open by malformed HTML.
  while (writers.length > 1) {
    const w = writers.pop()!;
    cur().text(` ${w.toString()} `);
  }
  return tidyText(main.toString());
}
