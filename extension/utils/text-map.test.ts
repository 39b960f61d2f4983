// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findDocumentElement } from './find-document';
import { extractText, patchTextNodes, rangeFromOffsets } from './text-map';

function mount(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('extractText', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('collapses whitespace like HTML rendering and separates blocks with newlines', () => {
    const root = mount(`<div id="d">
      <h2>Doel   van de
        stage</h2>
      <p>Het doel is   <b>oriëntatie</b> op
         een beroep.</p>
      <ul><li>een</li><li>twee</li></ul>
    </div>`);
    const { text } = extractText(root.querySelector('#d')!);
    expect(text).toBe('## Doel van de stage\nHet doel is oriëntatie op een beroep.\n- een\n- twee\n');
  });

  it('skips scripts, styles, hidden elements and our own UI, but keeps our highlight marks', () => {
    const root = mount(`<article>
      <p>Zichtbaar<script>var x = 1;</script><style>p{}</style></p>
      <p hidden>Verborgen</p>
      <stagewijzer-badge data-stagewijzer="badge">Badge</stagewijzer-badge>
      <p>Een <mark data-stagewijzer="highlight">gemarkeerd</mark> woord</p>
    </article>`);
    expect(extractText(root.querySelector('article')!).text).toBe('Zichtbaar\nEen gemarkeerd woord\n');
  });

  it('maps text offsets back to the exact DOM range, across nodes and collapsed whitespace', () => {
    const root = mount(`<article><p>De stage   duurt
        <strong>80   uur</strong> in
      totaal.</p><p>Tweede alinea.</p></article>`);
    const map = extractText(root.querySelector('article')!);
    const quote = 'duurt 80 uur in totaal.';
    const start = map.text.indexOf(quote);
    const range = rangeFromOffsets(map, start, start + quote.length)!;
    expect(range.toString().replace(/\s+/g, ' ')).toBe(quote);
    const second = map.text.indexOf('Tweede');
    expect(rangeFromOffsets(map, second, second + 6)!.toString()).toBe('Tweede');
  });

  it('maps a span that starts at a block boundary to the first node of the next block', () => {
    const root = mount('<article><p>Een.</p><p>Twee drie.</p></article>');
    const map = extractText(root.querySelector('article')!);
    const nl = map.text.indexOf('\n');
    expect(rangeFromOffsets(map, nl, map.text.indexOf(' drie'))!.toString()).toBe('Twee');
  });
});

describe('patchTextNodes (typing fast path)', () => {
  it('gives the same text and mapping as a full extraction after edits', () => {
    const root = mount('<article><h2>Doel</h2><p>Het doel is <b>oriëntatie</b> op een beroep.</p><p>Omvang: 80 uur.</p></article>');
    const article = root.querySelector('article')!;
    let map = extractText(article);
    const bold = article.querySelector('b')!.firstChild as Text;
    const last = article.querySelectorAll('p')[1]!.firstChild as Text;
    bold.data = 'beroepsoriëntatie';
    last.data = 'Omvang: 160   uur.';
    map = patchTextNodes(map, [bold, last])!;
    expect(map).not.toBeNull();
    const full = extractText(article);
    expect(map.text).toBe(full.text);
    expect(map.segments.map((s) => [s.start, s.end])).toEqual(full.segments.map((s) => [s.start, s.end]));
    const at = map.text.indexOf('160 uur');
    expect(rangeFromOffsets(map, at, at + 7)!.toString()).toBe('160   uur');
  });

  it('refuses (full re-extract) when a node was not part of the text', () => {
    const root = mount('<article><p>Een tekst van enige lengte.</p><p> </p></article>');
    const map = extractText(root.querySelector('article')!);
    const empty = root.querySelectorAll('p')[1]!.firstChild as Text;
    empty.data = 'nieuw';
    expect(patchTextNodes(map, [empty])).toBeNull();
  });
});

describe('findDocumentElement', () => {
  it('picks the document body over portal navigation', () => {
    const long = 'Het doel van de stage is dat leerlingen een beroep leren kennen. '.repeat(8);
    mount(`<header><nav>${'<a href="#">Menu-item met tekst</a>'.repeat(20)}</nav></header>
      <div class="layout"><aside>${'<a href="#">Documentlink</a>'.repeat(15)}</aside>
      <div class="document" id="doc"><h1>Stageplan</h1><p>${long}</p><p>${long}</p></div></div>`);
    expect(findDocumentElement(document)?.id).toBe('doc');
  });

  it('finds SharePoint rich-text fields', () => {
    const long = 'De stagebieder wijst een stagebegeleider aan die bij het bedrijf werkt. '.repeat(6);
    mount(`<div class="ms-rte-layoutszone-inner"><div class="ms-rtestate-field" id="f"><p>${long}</p><p>${long}</p></div></div>`);
    expect(findDocumentElement(document)?.id).toBe('f');
  });

  it('returns null for a page without substantial text', () => {
    mount('<p>Kort.</p>');
    expect(findDocumentElement(document)).toBeNull();
  });
});

describe('extractText: headings in other forms', () => {
  it('marks role="heading" elements and lines the PDF viewer marked as headings', () => {
    document.body.innerHTML = `<div id="d"><div role="heading" aria-level="3">Doel</div><p>Het doel is oriëntatie.</p>
      <div class="textLayer"><span data-stagewijzer-heading="2">Omvang</span><br><span>Tien dagen.</span></div></div>`;
    expect(extractText(document.querySelector('#d')!).text).toBe('### Doel\nHet doel is oriëntatie.\n## Omvang\nTien dagen.\n');
  });
});
