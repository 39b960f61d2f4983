// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDocument } from './find-document';

function load(fixture: string): void {
  const html = readFileSync(join(import.meta.dirname, '..', 'e2e', 'fixtures', `${fixture}.html`), 'utf8');
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/, '').replace(/<\/html>\s*$/, '');
}

describe('findDocument: which block is the document', () => {
  it.each([
    ['news-inspectie', 'article'],
    ['school-stages', 'main#stages'],
    ['model-overeenkomst', 'div#model'],
    ['portal-stageplan', 'div#doc'],
    ['sharepoint-doc', '.ms-rtestate-field'],
  ])('%s: the running text in %s is a document (navigation, sidebars, footer and cookie banner left out)', (fixture, selector) => {
    load(fixture);
    const found = findDocument(document)!;
    expect(found.verdict).toBe('document');
    expect(found.element).toBe(document.querySelector(selector));
  });

  it('a list of links to PDFs is no document', () => {
    load('stage-downloads');
    expect(findDocument(document)!.verdict).toBe('link-list');
  });

  it('a home page of teaser cards and tiles is no document', () => {
    load('school-home');
    expect(findDocument(document)!.verdict).not.toBe('document');
  });

  it('a grid of teasers with long summaries is still teasers, not a document', () => {
    const summary =
      'Ruim honderd leerlingen van leerjaar drie liepen vorige week een week stage bij bedrijven in de regio en vertellen hier over hun ervaringen.';
    document.body.innerHTML = `<main>${Array.from({ length: 6 }, (_, i) => `<div class="card"><h3><a href="#">Bericht ${i}</a></h3><p>${summary}</p></div>`).join('')}</main>`;
    expect(findDocument(document)!.verdict).toBe('teasers');
  });

  it('an agreement laid out as a form table is a document', () => {
    const rows = [
      'Naam leerling',
      'Geboortedatum',
      'Naam stagebieder',
      'Adres stagebieder',
      'Begindatum stage',
      'Einddatum stage',
      'Werktijden',
      'Naam stagebegeleider',
      'Naam stageleraar',
      'Verzekering',
      'Premie betaald door',
    ]
      .map((l) => `<tr><td>${l}</td><td>…………………………………………………………</td></tr>`)
      .join('');
    document.body.innerHTML = `<nav>${'<a href="#">Menu</a>'.repeat(10)}</nav><div id="form"><h1>Stageovereenkomst</h1><table>${rows}${rows}</table></div>`;
    const found = findDocument(document)!;
    expect(found.verdict).toBe('document');
    expect(found.element.id).toBe('form');
  });

  it('a few lines of text are no document', () => {
    document.body.innerHTML = '<main><h1>Stage</h1><p>Kort bericht over de stage.</p></main>';
    expect(findDocument(document)?.verdict).not.toBe('document');
  });

  it('stays linear on a page with very many blocks', () => {
    const para = '<p>De leerling werkt mee in de keuken van het restaurant en helpt bij het voorbereiden van de lunch voor de gasten.</p>';
    const t0 = performance.now();
    document.body.innerHTML = `<main><div>${`<section>${para.repeat(20)}</section>`.repeat(200)}</div></main>`;
    const t1 = performance.now();
    const found = findDocument(document)!;
    const t2 = performance.now();
    expect(found.verdict).toBe('document');
    // The DOM build is the yardstick: measuring must not cost more than a few times building it.
    expect(t2 - t1).toBeLessThan(Math.max(500, 5 * (t1 - t0)));
  });
});
