import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReportSection } from '../domain.ts';
import { chunkReportFootnotes, chunkReportSection, sectionSourceText, tableCaption } from './chunk.ts';
import { Hyphenation, parseReport } from './report.ts';

const RAW = readFileSync(new URL('../../../corpus/report/technisch-rapport-kwaliteitsborging-stages-vo.txt', import.meta.url), 'utf8');
const report = parseReport(RAW);
const byNumber = new Map(report.sections.map((s) => [s.number, s]));
const section = (n: string): ReportSection => {
  const s = byNumber.get(n);
  if (!s) throw new Error(`no section ${n}`);
  return s;
};
const allText = report.sections.map((s) => s.text).join('\n\n');

// number, title, first page, last page
const EXPECTED: Array<[string, string, [number, number]]> = [
  ['2', 'Inleiding', [4, 4]],
  ['2.1', 'Leeswijzer', [4, 5]],
  ['3', 'Achtergrond', [6, 6]],
  ['3.1', 'Stages in het vo', [6, 8]],
  ['3.2', 'Probleemstelling', [8, 8]],
  ['3.3', 'Doelstelling', [8, 8]],
  ['4', 'Methode', [9, 9]],
  ['4.1', 'Definities', [9, 10]],
  ['4.2', 'Dataverzameling', [10, 10]],
  ['4.2.1', 'Steekproef', [10, 11]],
  ['4.2.2', 'Voorbereiding en instrumenten', [11, 11]],
  ['4.2.3', 'Uitvoering', [11, 13]],
  ['4.3', 'Analyse', [13, 13]],
  ['4.4', 'Vragenlijst over de typen stages die vo-afdelingen aanbieden', [14, 14]],
  ['5', 'Resultaten Deelvraag 1: Stagebeleid', [15, 15]],
  ['5.1', 'Stagebeleid bij de onderzochte vmbo-afdelingen', [15, 15]],
  ['5.1.1', 'Visie op de stage', [15, 15]],
  ['5.1.2', 'Doel van de stage', [15, 15]],
  ['5.1.3', 'Organisatie van de stage', [15, 18]],
  ['5.1.4', 'Omvang en opbouw van de stage', [18, 18]],
  ['5.1.5', 'Afspraken en contracten rondom stage', [18, 18]],
  ['5.1.6', 'Inhoud van de stage', [18, 20]],
  ['5.2', 'Stagebeleid bij de onderzochte pro-afdelingen', [20, 20]],
  ['5.2.1', 'Visie op de stage', [20, 20]],
  ['5.2.2', 'Doel van de stage', [20, 20]],
  ['5.2.3', 'Organisatie van de stage', [20, 23]],
  ['5.2.4', 'Omvang en opbouw van de stage', [23, 23]],
  ['5.2.5', 'Afspraken en contracten rondom stage', [23, 23]],
  ['5.2.6', 'Inhoud van de stage', [23, 25]],
  ['6', 'Resultaten Deelvraag 2: De praktijk', [26, 26]],
  ['6.1', 'Stageproces in de praktijk bij de onderzochte vmbo afdelingen', [26, 26]],
  ['6.1.1', 'Voorbereiding op de stage', [26, 28]],
  ['6.1.2', 'Uitvoering van de stage', [28, 31]],
  ['6.1.3', 'Afronding van de stage', [31, 33]],
  ['6.2', 'Stageproces in de praktijk bij de onderzochte pro-afdelingen', [33, 33]],
  ['6.2.1', 'Voorbereiding op de stage', [33, 35]],
  ['6.2.2', 'Uitvoering van de stage', [35, 38]],
  ['6.2.3', 'Afronding van de stage', [38, 40]],
  ['7', 'Resultaten Deelvraag 3: Voldoende kwaliteit en kwantiteit', [41, 41]],
  ['7.1', 'Kwaliteit en kwantiteit van de individuele stages bij de onderzochte vmbo-afdelingen', [41, 41]],
  ['7.1.1', 'Kwaliteitsvereisten', [41, 41]],
  ['7.1.2', 'Kwaliteitsborging individuele stages', [41, 43]],
  ['7.1.3', 'Reflectie op de (kwaliteit van de) stage', [43, 46]],
  ['7.1.4', 'Kwantiteit van stageplekken', [46, 47]],
  ['7.2', 'Kwaliteit en kwantiteit van de individuele stages bij de onderzochte pro-afdelingen', [47, 47]],
  ['7.2.1', 'Kwaliteitsvereisten', [47, 47]],
  ['7.2.2', 'Kwaliteitsborging individuele stage', [47, 49]],
  ['7.2.3', 'Reflectie op de kwaliteit van de stage', [49, 52]],
  ['7.2.4', 'Kwantiteit van stageplekken', [52, 52]],
  ['8', 'Resultaten Deelvraag 4: Borging beleid en bijstelling', [53, 53]],
  ['8.1', 'Borging en bijstelling stagebeleid bij onderzochte vmbo-afdelingen', [53, 56]],
  ['8.2', 'Borging en bijstelling stagebeleid onderzochte pro-afdelingen', [56, 60]],
  ['9', 'Buitenschoolse praktijkgedeelte van leer-werktrajecten (deelvraag 1-4)', [61, 61]],
  ['9.1', 'Over leerwerktrajecten', [61, 61]],
  ['9.2', 'Resultaten van het onderzoek', [61, 61]],
  ['9.2.1', 'Organisatie', [61, 62]],
  ['9.2.2', 'Uitvoering', [62, 64]],
  ['9.2.3', 'Reflectie op de kwaliteit', [64, 65]], // printed as "9.2.3 9.2.3 Reflectie op de kwaliteit"
  ['9.2.4', 'Kwaliteitsborging', [65, 66]],
  ['10', 'Resultaten extra vragen over sociaal-maatschappelijke kwesties rondom stages', [67, 67]],
  ['10.1', 'Landelijke stage kwesties bij de onderzochte vmbo-afdelingen', [67, 68]],
  ['10.2', 'Landelijke stage kwesties bij de onderzochte pro-afdelingen', [68, 70]],
  ['11', 'Resultaten vragenlijst', [71, 72]],
  ['12', 'Reflectie op de kwaliteit van de data', [73, 74]],
  ['13', 'Bijlage 1: Onderwerpen in de gespreksleidraden', [75, 75]],
];

describe('parseReport: sections', () => {
  it('finds every numbered section with its title (wrapped titles included) and nothing else', () => {
    expect(report.sections.map((s) => [s.number, s.title])).toEqual(EXPECTED.map(([n, t]) => [n, t]));
  });

  it('does not take footnotes, enumerations or table rows for headings', () => {
    const numbers = report.sections.map((s) => s.number);
    expect(numbers).not.toContain('1'); // there is no chapter 1 in the text
    expect(numbers.filter((n) => n === '5')).toHaveLength(1); // "5 Inspectie van het Onderwijs (2025)…" is footnote 5
    expect(numbers.filter((n) => n === '10')).toHaveLength(1); // "10 Op de meeste pro-afdelingen…" is footnote 10
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('sets parent and level', () => {
    expect(section('5.1.3')).toMatchObject({ parent: '5.1', level: 3 });
    expect(section('5.1')).toMatchObject({ parent: '5', level: 2 });
    expect(section('5')).toMatchObject({ parent: null, level: 1 });
    for (const s of report.sections) {
      if (s.parent) expect(byNumber.has(s.parent), s.number).toBe(true);
    }
  });

  it('gives each section the range of pages its text spans', () => {
    for (const [n, , [first, last]] of EXPECTED) {
      const s = section(n);
      expect([s.pages[0], s.pages[s.pages.length - 1]], n).toEqual([first, last]);
      expect(s.pages, n).toEqual(Array.from({ length: last - first + 1 }, (_, k) => first + k));
    }
  });
});

describe('parseReport: pages', () => {
  it('numbers the pages from the printed footer', () => {
    expect(report.pageCount).toBe(75);
    expect(section('2').pages[0]).toBe(4); // "2 Inleiding" starts on page 4
    expect(section('10.2').pages[0]).toBe(68);
    expect(section('13').pages).toEqual([75]); // the last page is page 75 of 75
  });

  it('removes the footer and joins the sentence it interrupted', () => {
    expect(allText).not.toMatch(/Pagina\s+58/);
    for (const s of report.sections) expect(s.footnotes.map((f) => f.text).join(' ')).not.toMatch(/Pagina/);
    const s = section('8.2');
    expect(s.text).toContain('het zorgen voor kwalitatief goede stages. Bij de onderzochte afdelingen hebben we tevens expliciet stilgestaan');
    // the page holding the footer is page 58, the text after it page 59
    const at = s.text.indexOf('onderzochte afdelingen hebben we tevens');
    expect(s.pageStarts).toContainEqual([at, 59]);
    expect(s.pageStarts.some(([, p]) => p === 58)).toBe(true);
  });

  it('records where each page starts in the section text', () => {
    for (const s of report.sections) {
      for (let k = 1; k < s.pageStarts.length; k++) {
        expect(s.pageStarts[k]![0]).toBeGreaterThanOrEqual(s.pageStarts[k - 1]![0]);
        expect(s.pageStarts[k]![1]).toBeGreaterThan(s.pageStarts[k - 1]![1]);
      }
      if (s.text) expect(s.pageStarts[0]?.[0], s.number).toBe(0);
    }
    // page 7 starts mid-sentence after footnotes 1 and 2
    const s31 = section('3.1');
    const p7 = s31.pageStarts.find(([, p]) => p === 7)!;
    expect(s31.text.slice(p7[0])).toMatch(/^afdeling het aanbiedt, in het derde/);
  });

  it('treats page starts that lost an indent space as page starts', () => {
    // " Sommige afdelingen…" (page 17), " NB. Deze subparagraaf…" (page 24), " Op één afdeling geven de stagebegeleiders…" (page 69)
    const s513 = section('5.1.3');
    const sommige = s513.text.indexOf('Sommige afdelingen hebben geen takenlijst');
    expect(s513.pageStarts).toContainEqual([sommige, 17]);
    expect(s513.text).toContain('onderhoudt contacten hierover.\n\nSommige afdelingen');
    const s526 = section('5.2.6');
    expect(s526.pageStarts).toContainEqual([s526.text.indexOf('NB. Deze subparagraaf'), 24]);
    const s102 = section('10.2');
    expect(s102.pageStarts).toContainEqual([s102.text.indexOf('Op één afdeling geven de stagebegeleiders'), 69]);
  });

  it('does not take the indented column headers of the chapter 11 tables for page starts', () => {
    // Tables 11.1–11.3 sit on page 71, 11.4–11.6 on page 72 (11.3 runs on to 72)
    expect(report.tables.map((t) => [t.id, t.page])).toEqual([
      ['11.1', 71],
      ['11.2', 71],
      ['11.3', 71],
      ['11.4', 72],
      ['11.5', 72],
      ['11.6', 72],
    ]);
  });

  it('throws when the footer does not fit the page count', () => {
    expect(() => parseReport(RAW.replace('Pagina 58 van 75', 'Pagina 58 van 70'))).toThrow(/outside 1\.\.70/);
    expect(() => parseReport(RAW.replace('Pagina 58 van 75', 'Pagina 20 van 75'))).toThrow(/outside 1\.\.75/);
    expect(() => parseReport(RAW.replace('Pagina 58 van 75', 'Bladzijde'))).toThrow(/footer/);
  });
});

describe('parseReport: footnotes', () => {
  it('takes footnotes out of the running text and keeps them with their section and page', () => {
    const s = section('3.1');
    expect(s.text).toContain('In het vo zijn er wettelijk gezien twee soorten stages:\n- maatschappelijke stages (artikel 2.32 WVO 2020).');
    expect(s.text).toContain('Mogelijk als onderdeel van LOB (loopbaanoriëntatie en begeleiding). Deze stages');
    expect(s.text).toContain(
      'Een leer-werktraject is een variant op de basisberoepsgerichte leerweg van het vmbo en kan, als de afdeling het aanbiedt, in het derde en/of vierde leerjaar gevolgd worden.',
    );
    expect(s.text).toContain('van een vak of beroep. Stages zijn hiertoe');
    expect(s.text).toContain('examen/ diplomering in praktijkonderwijs.');
    expect(s.footnotes).toEqual([
      {
        n: 1,
        page: 6,
        text: 'Dit zijn externe stages. Afdelingen bieden soms ook interne stages aan. Bijvoorbeeld door mee te helpen in de keuken op afdeling, bij schoonmaakwerkzaamheden, etc.',
      },
      { n: 2, page: 6, text: 'LOB neemt een centrale plaats in in het vmbo. In alle leerwegen van het vmbo moet aandacht worden besteed aan LOB.' },
      { n: 3, page: 7, text: 'In het praktijkonderwijs zijn drie uitstroombestemmingen: beschermde arbeid, arbeid en verder leren.' },
      { n: 4, page: 7, text: 'Pro-afdelingen hebben een eigen examenreglement waarin bepaald is hoe diplomering tot stand komt.' },
    ]);
  });

  it('finds all twelve footnotes, each once, and none of their text in the sections', () => {
    const all = report.sections.flatMap((s) => s.footnotes.map((f) => ({ ...f, section: s.number })));
    expect(all.map((f) => f.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(all.map((f) => [f.n, f.section, f.page])).toEqual([
      [1, '3.1', 6],
      [2, '3.1', 6],
      [3, '3.1', 7],
      [4, '3.1', 7],
      [5, '4.4', 14],
      [6, '5.1.4', 18],
      [7, '5.2.3', 21],
      [8, '5.2.4', 23],
      [9, '5.2.6', 24],
      [10, '6.2.3', 38],
      [11, '6.2.3', 39],
      [12, '7.1.4', 46],
    ]);
    for (const f of all) expect(allText).not.toContain(f.text.slice(0, 40));
  });

  it('removes reference digits only where they point to the footnote on that page', () => {
    expect(section('5.1.4').text).toContain('werken een paar profielen met een lintstage');
    expect(section('5.2.3').text).toContain('bij entree-leerlingen een Proeve van bekwaamheid');
    expect(section('5.2.4').text).toContain('eventueel het doelgroepregister en contact met gemeente');
    expect(section('5.2.6').text).toContain('worden betrokken bij de beoordeling. Dit gebeurt');
    expect(section('6.2.3').text).toContain('competentielijsten/ competentiemeters. De meest voorkomende');
    expect(section('6.2.3').text).toContain('Op de meeste afdelingen is er geen sprake van een eindbeoordeling');
    expect(section('7.1.4').text).toContain('omdat technische bedrijven soms een VCA-certificaat vragen.');
    expect(section('4.4').text).toContain('behorende bij dit onderzoek.');
    // digits that are not footnote references stay
    expect(section('6.1.3').text).toContain('van 5 tot 30. Op sommige afdelingen');
    expect(section('8.2').text).toContain('(OP5 standaard)');
  });
});

describe('parseReport: running text', () => {
  it('joins words hyphenated across line breaks the way the text itself writes them', () => {
    expect(section('2.1').text).toContain('de stages op vmbo-afdelingen (niet-leerwerktrajecten)');
    expect(section('2.1').text).toContain('het stage aanbod van vo-afdelingen. Dit is uitgevraagd bij een representatieve steekproef aan vo-afdelingen');
    expect(section('3.1').text).toContain('maar met een leer-werkovereenkomst. Hierin');
    // "leer-werktraject" (15x) is more frequent than "leerwerktraject" (6x) elsewhere in the text
    expect(section('4.2.1').text).toContain('de stage van het leer-werktraject (bij 3 afdelingen');
    expect(section('9').title).toContain('leer-werktrajecten');
    expect(section('4.2.1').text).toContain('met de lwt-stage bekeken. Bij 1 afdeling richtte het onderzoek zich volledig op de lwt-stage).');
    expect(section('4.2.1').text).toContain('lob-coördinatoren, lwt-coördinatoren');
    expect(section('6.1.3').text).toContain('competenties die multi-interpretabel zijn'); // vowel clash i-i
    expect(section('7.1.3').text).toContain('een werkplek aan over houden voor een bbl-opleiding.'); // "bbl-plek" elsewhere
    expect(section('6.2.2').text).toContain('terwijl de entree-leerling zegt');
    // Across a page start. The brief expected "stageoverleggen", but the report itself writes
    // "stage-overleggen" (8.2: "het belang van stage-overleggen") and never "stageoverleggen",
    // so the frequency rule keeps the hyphen.
    expect(section('7.2.3').text).toContain('tijdens de bovenschoolse stage-overleggen.');
    // page 51 starts at the second half of the word
    expect(section('7.2.3').pageStarts).toContainEqual([section('7.2.3').text.indexOf('stage-overleggen') + 'stage-'.length, 51]);
  });

  it('keeps elisions (hyphen followed by a space)', () => {
    expect(section('2.1').text).toContain('wat de probleem- en doelstelling waren.');
    expect(section('5.1.2').text).toContain('het ontwikkelen van arbeids- en loopbaancompetenties');
    expect(section('3.1').text).toContain('Voor leer- werktrajecten, als variant van vmbo-bb');
    expect(allText).not.toContain('probleemen');
  });

  it('does not break a sentence at an empty line inside an enumeration', () => {
    expect(section('2').text).toContain(
      'De centrale onderzoeksvraag wordt beantwoord aan de hand van vier deelvragen:\n1. Wat is het stagebeleid van de afdelingen? (o.a. visie, doel van stage, inhoud, omvang, opbouw, afspraken/contracten etc.)\n2. Wat doen afdelingen in de praktijk op het gebied van stages?\n3. Hoe zorgt de afdeling ervoor dat de stages van voldoende kwaliteit zijn en dat er voldoende stages zijn?\n4. Hoe borgen afdelingen het stagebeleid en hoe stellen ze dit bij?',
    );
    expect(section('5.2.3').text).toContain('• Contact met stagebedrijven. O.a. acquisitie, netwerk onderhouden, informeren.');
  });

  it('keeps bullets on their own lines', () => {
    const s = section('4.2.1').text;
    expect(s).toContain('In totaal spraken we met:\n• ±54 schoolleiders en stagecoördinatoren\no 2 tot 4 gesprekspartners per afdeling\n');
    expect(section('7.2.2').text).toContain('\n- Regelmatig stagebezoeken en (formele) gesprekken tussen leerling,');
    expect(section('13').text).toContain('Aandachtspunten\n- Landelijke stage kwesties\n- Overige aandachtspunten\n- Wat gaat goed, wat kan beter');
  });

  it('keeps unnumbered sub-headings on their own line', () => {
    expect(section('5.1.3').text).toContain('\n\nStagecoördinator\nDe meest genoemde verantwoordelijkheid');
    expect(section('5.1.3').text).toContain('\n\nVakdocent (niet zijnde stagebegeleider van de afdeling)\nOver de verantwoordelijkheid');
    expect(section('3.1').text).toContain('\n\nStages bij vmbo bovenbouw\nVmbo-afdelingen (vmbo-bb');
    expect(section('3.1').text).toContain('\n\nWettelijke vereisten stages in het vo\nAls een afdeling stages aanbiedt');
    expect(section('3.1').text).toContain('\n\nLWT-stages of buitenschoolse praktijkgedeelte van leer-werktrajecten\nOngeveer 1500 leerlingen');
    expect(section('7.1.2').text).toContain('\n\nRol van evaluaties\nBinnen de meeste onderzochte');
    expect(section('5.1.6').text).toContain('\n\nVoorbereiding op de stage\nDe stagecoördinator zorgt ervoor');
    expect(section('6.1.2').text).toContain('\n\nBegeleiding gedurende de stage door de stageaanbieder/ praktijkbegeleider\nSoms is de stageaanbieder');
    // a full line that wraps before a capitalised word is not a sub-heading
    expect(section('4.1').text).toContain('Vmbo\nHet Voorbereidend Middelbaar Beroepsonderwijs (vmbo) is een onderwijsvorm in Nederland die');
  });

  it('produces clean text: no double spaces, no blank-padded lines', () => {
    for (const s of report.sections) {
      expect(s.text, s.number).not.toMatch(/ {2}|\t|\r/);
      expect(s.text, s.number).not.toMatch(/^ | $/m);
      expect(s.text, s.number).not.toMatch(/\n{3}/);
      expect(s.text, s.number).toBe(s.text.trim());
    }
  });

  it('keeps typographic quotes and diacritics as they are', () => {
    expect(section('3.1').text).toContain('‘iets doen voor een ander’');
    expect(section('5.1.3').text).toContain('“ik werd in het diepe gegooid”');
    expect(section('5.2.6').footnotes[0]?.text).toContain('leerlingen juist méér bij de beoordeling betrekken');
    expect(allText).toContain('beroepsoriënterende');
    expect(allText).toContain('geïnformeerd');
  });
});

describe('parseReport: chapter 11 tables', () => {
  const table = (id: string) => report.tables.find((t) => t.id === id)!;

  it('parses all six tables', () => {
    expect(report.tables.map((t) => [t.id, t.population, t.rows.length])).toEqual([
      ['11.1', 'vmbo', 5],
      ['11.2', 'havo/vwo', 5],
      ['11.3', 'vmbo', 16],
      ['11.4', 'havo/vwo', 24],
      ['11.5', 'vmbo', 4],
      ['11.6', 'havo/vwo', 4],
    ]);
    expect(table('11.1').title).toBe('vmbo - Welk type stage(s) konden leerlingen doen? (Meerdere antwoorden mogelijk)');
    expect(table('11.5').title).toBe('vmbo - Was de stage onderdeel van het Programma van Toetsing en Afsluiting?');
  });

  it('normalises wrapped and misspelled row labels', () => {
    const types = new Set(report.tables.flatMap((t) => t.rows.map((r) => r.type)));
    expect([...types].sort()).toEqual([
      'Ander type stage',
      'Beroepsoriënterende stage',
      'Buitenschools praktijkgedeelte (leerwerktraject)',
      'Geen van bovenstaande',
      'Maatschappelijke stage',
    ]);
  });

  it('reads the numbers', () => {
    expect(table('11.1').rows[1]).toEqual({
      type: 'Beroepsoriënterende stage',
      leerjaar: null,
      yes: { n: 127, pct: 92.0 },
      no: { n: 11, pct: 8.0 },
      total: 138,
    });
    expect(table('11.2').rows[2]).toMatchObject({ type: 'Buitenschools praktijkgedeelte (leerwerktraject)', yes: { n: 2, pct: 2.0 }, total: 99 });
    // 11.3: the "Buitenschools praktijkgedeelte (leerwerktraject)" label is split over a page break
    const lwt = table('11.3').rows.filter((r) => r.type === 'Buitenschools praktijkgedeelte (leerwerktraject)');
    expect(lwt.map((r) => [r.leerjaar, r.yes.n, r.yes.pct, r.no.n, r.total])).toEqual([
      [1, 2, 5.4, 35, 37],
      [2, 1, 2.7, 36, 37],
      [3, 27, 73.0, 10, 37],
      [4, 34, 91.9, 3, 37],
    ]);
    expect(table('11.3').rows.filter((r) => r.type === 'Beroepsoriënterende stage')[2]).toEqual({
      type: 'Beroepsoriënterende stage',
      leerjaar: 3,
      yes: { n: 117, pct: 91.4 },
      no: { n: 11, pct: 8.6 },
      total: 128,
    });
    expect(table('11.4').rows.map((r) => r.leerjaar)).toEqual([1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6]);
    expect(table('11.4').rows[5]).toMatchObject({ type: 'Maatschappelijke stage', leerjaar: 6, yes: { n: 2, pct: 7.1 }, total: 28 });
    expect(table('11.5').rows[1]).toMatchObject({ type: 'Beroepsoriënterende stage', yes: { n: 102, pct: 80.3 }, no: { n: 25 }, total: 127 });
    expect(table('11.6').rows[3]).toMatchObject({ type: 'Ander type stage', yes: { n: 3, pct: 25.0 }, no: { n: 9, pct: 75.0 }, total: 12 });
  });

  it('has yes + no = total in every row (as in the source: no row of the PDF breaks it)', () => {
    for (const t of report.tables) {
      for (const r of t.rows) expect(r.yes.n + r.no.n, `${t.id} ${r.type} ${r.leerjaar}`).toBe(r.total);
    }
  });

  it('writes each row as one line of the chapter 11 text', () => {
    const s = section('11').text;
    expect(s).toContain(
      'Tabel 11.1: vmbo - Welk type stage(s) konden leerlingen doen? (Meerdere antwoorden mogelijk)\nMaatschappelijke stage: ja 63 (45,7%), nee 75 (54,3%), totaal 138\nBeroepsoriënterende stage: ja 127 (92,0%), nee 11 (8,0%), totaal 138\n',
    );
    expect(s).toContain('\nBuitenschools praktijkgedeelte (leerwerktraject)*: ja 2 (2,0%), nee 97 (98,0%), totaal 99\n');
    expect(s).toContain('\nBeroepsoriënterende stage, leerjaar 3: ja 117 (91,4%), nee 11 (8,6%), totaal 128\n');
    expect(s).toContain('\n\n*Leerwerktrajecten komen alleen in het vmbo-bb voor');
    expect(s).not.toMatch(/Ja Nee Totaal|n % n % n|Beroepsorienter|Beroepsorinter/);
    const rowLines = s.split('\n').filter((l) => /: ja \d+ \(/.test(l));
    expect(rowLines).toHaveLength(report.tables.reduce((n, t) => n + t.rows.length, 0));
  });
});

describe('chunkReportSection: tables', () => {
  it('makes each table one passage that starts with its caption, and never mixes tables with prose', () => {
    const chunks = chunkReportSection(section('11'));
    const tables = chunks.filter((c) => tableCaption(c.text));
    expect(tables.map((c) => tableCaption(c.text)!.slice(0, 10))).toEqual(report.tables.map((t) => `Tabel ${t.id}`));
    for (const [i, c] of tables.entries()) {
      expect(c.text.split('\n').slice(1)).toHaveLength(report.tables[i]!.rows.length);
      expect(section('11').text.slice(c.start, c.end)).toBe(c.text);
    }
    for (const c of chunks.filter((x) => !tableCaption(x.text))) expect(c.text).not.toMatch(/: ja \d+ \(/);
  });
});

describe('chunkReportFootnotes', () => {
  it('makes each footnote a passage with offsets into the served section text, after the body', () => {
    const s = section('6.2.3');
    const notes = chunkReportFootnotes(s);
    expect(notes.map((c) => [c.footnote, c.page])).toEqual([
      [10, 38],
      [11, 39],
    ]);
    for (const c of notes) {
      expect(sectionSourceText(s).slice(c.start, c.end)).toBe(c.text);
      expect(c.start).toBeGreaterThan(s.text.length);
    }
    expect(sectionSourceText(section('3.2'))).toBe(section('3.2').text); // no footnotes, nothing added
  });
});

describe('Hyphenation', () => {
  const h = new Hyphenation('De stageplaatsen zijn schaars. Veel vmbo-afdelingen en het lob-beleid. Een stage-uur en stageuren en stageuren.');
  it('prefers the form used more often elsewhere', () => {
    expect(h.join('aantal stage-', 'plaatsen.')).toBe('aantal stageplaatsen.');
    expect(h.join('onderzochte vmbo-', 'afdelingen')).toBe('onderzochte vmbo-afdelingen');
    expect(h.join('de stage-', 'uren')).toBe('de stageuren');
  });
  it('keeps the hyphen after a part that is used with a hyphen, or at a vowel clash', () => {
    expect(h.join('de lob-', 'coördinatoren')).toBe('de lob-coördinatoren');
    expect(h.join('die multi-', 'interpretabel zijn')).toBe('die multi-interpretabel zijn');
    expect(h.join('de werk-', 'nemers')).toBe('de werknemers');
  });
  it('joins other lines with one space and leaves elisions alone', () => {
    expect(h.join('de probleem- ', 'en doelstelling')).toBe('de probleem- en doelstelling');
    expect(h.join('een zin', 'loopt door')).toBe('een zin loopt door');
  });
});

describe('parseReport: performance', () => {
  it('parses the whole report in under 50 ms', () => {
    // The first calls also pay for JIT compilation; the machine may be busy with other work, so the
    // best of a few runs is compared, on CPU time (which waiting for a core does not count).
    parseReport(RAW);
    parseReport(RAW);
    const times: number[] = [];
    for (let k = 0; k < 10; k++) {
      const before = process.cpuUsage();
      parseReport(RAW);
      const used = process.cpuUsage(before);
      times.push((used.user + used.system) / 1000);
    }
    expect(Math.min(...times)).toBeLessThan(50);
  });
});
