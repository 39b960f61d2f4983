import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { LawArticle } from '../domain.ts';
import { type LawJson, lawIdOf, parseLaw, splitLids } from './law.ts';
import { loadCorpus } from './load.ts';

const CORPUS = fileURLToPath(new URL('../../../corpus', import.meta.url));
const readJson = (f: string) => JSON.parse(readFileSync(join(CORPUS, 'law', f), 'utf8')) as LawJson;
const wvoJson = readJson('wvo-2020.json');
const ubJson = readJson('ub-wvo-2020.json');
const wvo = parseLaw(wvoJson);
const ub = parseLaw(ubJson);
const article = (list: LawArticle[], n: string): LawArticle => {
  const a = list.find((x) => x.article === n);
  if (!a) throw new Error(`no article ${n}`);
  return a;
};

describe('parseLaw', () => {
  it('maps the law and its metadata', () => {
    expect(lawIdOf('WVO 2020')).toBe('wvo-2020');
    expect(lawIdOf('UB WVO 2020')).toBe('ub-wvo-2020');
    expect(() => lawIdOf('WEB')).toThrow();
    expect(wvo.map((a) => a.article)).toEqual(['2.8', '2.26', '2.27', '2.31', '2.32', '2.38', '2.103', '2.104', '2.105', '2.106', '2.107']);
    expect(ub.map((a) => a.article)).toEqual(['2.34', '2.35', '2.36', '2.37', '2.38', '2.39', '2.41', '2.44', '2.64', '2.65', '3.10']);
    expect(article(ub, '2.36')).toMatchObject({
      lawId: 'ub-wvo-2020',
      law: 'UB WVO 2020',
      title: 'Uitvoeringsbesluit WVO 2020',
      url: 'https://wetten.overheid.nl/BWBR0045787/2026-08-01#Artikel2.36',
      validFrom: '2026-08-01',
    });
    expect(article(wvo, '2.31')).toMatchObject({ lawId: 'wvo-2020', law: 'WVO 2020', title: 'Wet voortgezet onderwijs 2020' });
  });

  it('keeps article texts verbatim (trimmed only)', () => {
    for (const [json, list] of [
      [wvoJson, wvo],
      [ubJson, ub],
    ] as const) {
      json.articles.forEach((a, i) => {
        expect(list[i]!.text).toBe(a.text.trim());
      });
    }
  });

  it('gives every lid offsets into the article text', () => {
    for (const a of [...wvo, ...ub]) {
      for (const l of a.lids) {
        expect(a.text.slice(l.start, l.end), `${a.article} lid ${l.lid}`).toBe(l.text);
        expect(l.text).toBe(l.text.trim());
      }
      // lids are numbered 1..n in order and do not overlap
      expect(a.lids.map((l) => l.lid)).toEqual(a.lids.map((_, k) => String(k + 1)));
      for (let k = 1; k < a.lids.length; k++) expect(a.lids[k]!.start).toBeGreaterThan(a.lids[k - 1]!.end);
    }
  });

  it('splits UB 2.36 into four lids with their onderdelen', () => {
    const a = article(ub, '2.36');
    expect(a.lids.map((l) => l.lid)).toEqual(['1', '2', '3', '4']);
    const lid3 = a.lids[2]!;
    expect(lid3.text.startsWith('De stageovereenkomst omvat in elk geval:\n\na. de leeractiviteiten')).toBe(true);
    expect(lid3.text.endsWith('e. een regeling die de inspectie in staat stelt toezicht te houden op de leeractiviteiten.')).toBe(true);
    expect(a.lids[3]!.text).toBe(
      'De stageovereenkomst bepaalt ook:\n\na. wie de verzekering sluit tegen het financiële risico van ongevallen en tegen wettelijke aansprakelijkheid van de leerling voor de tijd dat deze zich bevindt bij de stagebieder; en\n\nb. ten laste van wie de verzekeringspremie zal komen.',
    );
    // the lid number itself is not part of the lid text
    expect(a.text.slice(a.lids[0]!.start - 2, a.lids[0]!.start)).toBe('1 ');
  });

  it('keeps the continuation paragraph of WVO 2.31 lid 5 in lid 5', () => {
    const a = article(wvo, '2.31');
    expect(a.lids.map((l) => l.lid)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(a.lids[4]!.text).toBe(
      'Bij algemene maatregel van bestuur worden voor het praktijkonderwijs regels gesteld over\n\nde vakken die dat onderwijs ten minste omvat en het onderwijs in de praktijk van de uitoefening van een vak of beroep.',
    );
    expect(a.lids[5]!.text.startsWith('Het bevoegd gezag van een school voor praktijkonderwijs kan, met inachtneming')).toBe(true);
  });

  it('handles two-digit lids (WVO 2.38)', () => {
    const a = article(wvo, '2.38');
    expect(a.lids).toHaveLength(11);
    expect(a.lids[8]!.text).toContain('ten minste 640 klokuren, verzorgd in 80 dagen, en ten hoogste 1280 klokuren');
    expect(a.lids[10]!.text.startsWith('De inspectie kan op verzoek')).toBe(true);
  });

  it('gives articles without numbered paragraphs no lids', () => {
    for (const n of ['2.34', '2.37', '2.39', '2.44', '2.65']) expect(article(ub, n).lids, n).toEqual([]);
    expect(article(wvo, '2.106').lids).toEqual([]);
  });
});

describe('splitLids', () => {
  it('follows the lid numbering, including inserted lids', () => {
    const text = 'Aanhef zonder nummer.\n\n1 Eerste lid:\n\na. onderdeel;\n\n2025 is geen lid.\n\n2 Tweede lid.\n\n2a Ingevoegd lid.\n\n3 Derde lid.';
    const lids = splitLids(text);
    expect(lids.map((l) => [l.lid, l.text])).toEqual([
      ['1', 'Eerste lid:\n\na. onderdeel;\n\n2025 is geen lid.'],
      ['2', 'Tweede lid.'],
      ['2a', 'Ingevoegd lid.'],
      ['3', 'Derde lid.'],
    ]);
    for (const l of lids) expect(text.slice(l.start, l.end)).toBe(l.text);
  });

  it('returns no lids when the first paragraph is not lid 1', () => {
    expect(splitLids('Een artikel.\n\na. met onderdelen;\n\nb. zonder leden.')).toEqual([]);
    expect(splitLids('2 Geen eerste lid.')).toEqual([]);
  });
});

describe('loadCorpus', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('parses the three files and hashes their content', () => {
    const c = loadCorpus(CORPUS);
    expect(c.report.sections).toHaveLength(65);
    expect(c.report.pageCount).toBe(75);
    expect(c.articles).toHaveLength(22);
    expect(c.articles.filter((a) => a.lawId === 'wvo-2020')).toHaveLength(11);
    expect(c.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(loadCorpus(CORPUS).hash).toBe(c.hash);
  });

  it('changes the hash when a file changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stagewijzer-corpus-'));
    dirs.push(dir);
    cpSync(CORPUS, dir, { recursive: true });
    const before = loadCorpus(dir).hash;
    expect(before).toBe(loadCorpus(CORPUS).hash);
    const file = join(dir, 'law', 'ub-wvo-2020.json');
    const json = JSON.parse(readFileSync(file, 'utf8')) as LawJson;
    json.articles[0]!.text += ' ';
    writeFileSync(file, JSON.stringify(json, null, 2));
    expect(loadCorpus(dir).hash).not.toBe(before);
  });
});
