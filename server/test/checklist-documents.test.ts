// Several documents checked as one: /api/check with several files or JSON attachments, and a plan with attachments.
// Every response is validated against the schemas its route declares.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckedDocument } from '../src/contract/index.ts';
import { CORPUS_DIR } from '../src/paths.ts';
import { planDetail } from '../src/routes/stored-plan.ts';
import { expectContract } from './support/contract.ts';
import { createTestApp, type TestApp } from './support/server.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function request(path: string, init: RequestInit = {}): Promise<Response> {
  const res = await t.app.request(path, init);
  await expectContract(init.method ?? 'GET', path, res);
  return res;
}
const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

const FRONT = `Stageovereenkomst – voorblad

Dit voorblad hoort bij de algemene voorwaarden. Wat niet op dit voorblad staat, is geregeld zoals vermeld in de algemene voorwaarden.

School (bevoegd gezag) | Stichting Lindenhaven, vertegenwoordigd door mevrouw S. Kramer
Ouder/verzorger | de heer P. Mulder
Stagebieder | Boekhandel De Zeef, Lindenhaven
Aanvangsdatum | maandag 9 maart 2026
Einddatum | vrijdag 20 maart 2026
Tijden | van 9.00 tot 16.00 uur
Stagedocent (stageleraar) | de heer J. Vos
Praktijkbegeleider | mevrouw A. de Zeeuw

Leeractiviteiten. De leerling helpt klanten in de winkel en vult de schappen aan.
`;
const CONDITIONS = `Algemene voorwaarden stageovereenkomst

Artikel 1 Begeleiding. De praktijkbegeleider begeleidt de leerling dagelijks. De stagedocent bezoekt de leerling ten minste één keer.

Artikel 2 Beoordeling. De praktijkbegeleider vult het beoordelingsformulier in.

Artikel 3 Inspectie. De stagebieder stelt de Inspectie van het Onderwijs in staat toezicht te houden op de leeractiviteiten.

Artikel 4 Verzekering. De school sluit een ongevallenverzekering en een aansprakelijkheidsverzekering. De premie komt ten laste van de school.
`;

type Checked = CheckedDocument;

function form(files: Array<[string, string]>, extra: Record<string, string> = {}): FormData {
  const f = new FormData();
  for (const [name, text] of files) f.append('file', new File([text], name, { type: 'text/plain' }));
  for (const [k, v] of Object.entries(extra)) f.append(k, v);
  return f;
}

function allPresentWithOffsets(r: Checked): void {
  expect(r.kind).toBe('stageovereenkomst');
  expect(r.requirements.filter((q) => q.status !== 'present').map((q) => q.id)).toEqual([]);
  for (const q of r.requirements) for (const e of q.evidence) expect(r.text.slice(e.start, e.end)).toBe(e.quote);
}

describe('POST /api/check with several documents', () => {
  it('a front sheet alone points to the general conditions', async () => {
    const res = await request('/api/check', { method: 'POST', body: form([['voorblad.txt', FRONT]]) });
    expect(res.status).toBe(200);
    const r = (await res.json()) as Checked;
    expect(r.requirements.find((q) => q.id === 'stageovereenkomst.toezicht')).toMatchObject({
      status: 'unclear',
      refersTo: { document: 'de algemene voorwaarden' },
    });
    expect(r.documents).toBeUndefined();
  });

  it('several files are checked as one agreement, with offsets into the joined text', async () => {
    const res = await request('/api/check', {
      method: 'POST',
      body: form([
        ['voorblad.txt', FRONT],
        ['algemene-voorwaarden.txt', CONDITIONS],
      ]),
    });
    expect(res.status).toBe(200);
    const r = (await res.json()) as Checked;
    allPresentWithOffsets(r);
    expect(r.documents?.map((d) => d.title)).toEqual(['voorblad', 'algemene voorwaarden']);
  });

  it('JSON attachments do the same', async () => {
    const res = await request('/api/check', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: FRONT, title: 'Voorblad', attachments: [{ title: 'Algemene voorwaarden', text: CONDITIONS }] }),
    });
    expect(res.status).toBe(200);
    const r = (await res.json()) as Checked;
    allPresentWithOffsets(r);
    expect(r.documents?.map((d) => d.title)).toEqual(['Voorblad', 'Algemene voorwaarden']);
  });

  it('too many files or an attachment without text is a clear Dutch 400', async () => {
    const many = await request('/api/check', { method: 'POST', body: form(Array.from({ length: 11 }, (_, k) => [`d${k}.txt`, FRONT] as [string, string])) });
    expect(many.status).toBe(400);
    expect(await errorOf(many)).toEqual({ code: 'too_many_files', message: 'Upload ten hoogste 10 bestanden tegelijk.' });
    const empty = await postJson('/api/check', { text: FRONT, attachments: [{ title: 'Leeg' }] });
    expect(empty.status).toBe(400);
    expect(await errorOf(empty)).toEqual({ code: 'invalid_attachments', message: 'Bijlage 1 heeft geen tekst (veld "text").' });
    const blank = await postJson('/api/check', { text: FRONT, attachments: [{ text: CONDITIONS }, { text: ' \n ' }] });
    expect(await errorOf(blank)).toEqual({ code: 'invalid_attachments', message: 'Bijlage 2 heeft geen tekst (veld "text").' });
    const tooMany = await postJson('/api/check', { text: FRONT, attachments: Array.from({ length: 10 }, () => ({ text: CONDITIONS })) });
    expect(await errorOf(tooMany)).toEqual({ code: 'too_many_files', message: 'Stuur ten hoogste 9 bijlagen mee.' });
    const notAList = await postJson('/api/check', { text: FRONT, attachments: CONDITIONS });
    expect((await errorOf(notAList)).code).toBe('invalid_attachments');
  });

  it('takes ten documents, and at most 2 MB of text in all (a Dutch 413 that names the set)', async () => {
    const ten = await postJson('/api/check', { text: FRONT, attachments: Array.from({ length: 9 }, (_, k) => ({ title: `Deel ${k + 1}`, text: CONDITIONS })) });
    expect(ten.status).toBe(200);
    expect(((await ten.json()) as Checked).documents).toHaveLength(10);

    const half = `${'Dit is een zin van een lange bijlage. '.repeat(28_000)}\n`; // about 1.06 M characters
    const json = await postJson('/api/check', { text: half, attachments: [{ text: half }] });
    expect(json.status).toBe(413);
    expect(await errorOf(json)).toEqual({
      code: 'text_too_large',
      message: 'Deze documenten zijn samen te lang (meer dan 2 MB tekst). Upload minder of kleinere bestanden.',
    });
    const files = await request('/api/check', {
      method: 'POST',
      body: form([
        ['deel-1.txt', half],
        ['deel-2.txt', half],
      ]),
    });
    expect(files.status).toBe(413);
    expect((await errorOf(files)).message).toMatch(/samen te lang/);
    const one = await postJson('/api/check', { text: half + half });
    expect(await errorOf(one)).toEqual({ code: 'text_too_large', message: 'Deze tekst is te lang (meer dan 2 MB). Stuur een kortere tekst.' });
  });

  it('checks one document as before: its own text, no document spans', async () => {
    const res = await postJson('/api/check', { text: CONDITIONS, title: 'Voorwaarden' });
    expect(res.status).toBe(200);
    const r = (await res.json()) as Checked;
    expect(r.text).toBe(CONDITIONS);
    expect(r.format).toBe('txt');
    expect(r.documents).toBeUndefined();
  });
});

describe('the summary counts blank fields among the unclear ones', () => {
  const samples = readdirSync(join(CORPUS_DIR, 'samples')).filter((f) => /\.(md|txt)$/.test(f));

  it.each(samples)('%s: toFill counts the requirements to fill in, each of them unclear', async (name) => {
    const res = await postJson('/api/check', { text: readFileSync(join(CORPUS_DIR, 'samples', name), 'utf8') });
    const r = (await res.json()) as Checked;
    const toFill = r.requirements.filter((q) => q.fill);
    expect(toFill.every((q) => q.status === 'unclear')).toBe(true);
    expect(r.summary.toFill).toBe(toFill.length);
    expect(r.summary.toFill).toBeLessThanOrEqual(r.summary.unclear);
    expect(r.summary.present + r.summary.missing + r.summary.unclear + r.summary.violated).toBe(r.requirements.length);
  });
});

describe('POST /api/plans with attachments', () => {
  it('stores the set as one plan and its check', async () => {
    const token = await t.school('Het Lindenhof');
    const res = await request('/api/plans', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form(
        [
          ['voorblad.txt', FRONT],
          ['algemene-voorwaarden.txt', CONDITIONS],
        ],
        { title: 'Stageovereenkomst Yara' },
      ),
    });
    expect(res.status).toBe(201);
    const plan = (await res.json()) as { planId: string; title: string; kind: string; check: Checked };
    expect(plan.title).toBe('Stageovereenkomst Yara');
    allPresentWithOffsets(plan.check);
    const stored = (await (await request(`/api/plans/${plan.planId}`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
      text: string;
      check: Checked;
    };
    expect(stored.text).toContain('Algemene voorwaarden stageovereenkomst');
    expect(stored.text).toBe(plan.check.text);
    // Parsed with the contract, the stored check keeps everything the engine gave (spans, parts, references).
    expect(stored.check).toEqual(plan.check);
  });

  it('masks every document of the set and adds up what was masked', async () => {
    const token = await t.school('Maskerschool');
    const contact = 'Contact\n\nVragen over de stage? Mail stage@lindenhaven.nl of bel 06 12345678. Of mail de school: info@lindenhaven.nl.\n';
    const res = await postJson(
      '/api/plans',
      {
        title: 'Stageovereenkomst Sem',
        text: `${FRONT}\nMail de ouder: p.mulder@voorbeeld.nl.\n`,
        attachments: [
          { title: 'Algemene voorwaarden', text: CONDITIONS },
          { title: 'Contact', text: contact },
        ],
      },
      { authorization: `Bearer ${token}` },
    );
    expect(res.status).toBe(201);
    const plan = (await res.json()) as { check: Checked; masked: Array<{ type: string; count: number }>; maskedMessage: string };
    expect(plan.masked).toEqual([
      { type: 'email', count: 3 },
      { type: 'phone', count: 1 },
    ]);
    expect(plan.maskedMessage).toContain('3 e-mailadressen en 1 telefoonnummer');
    expect(plan.check.text).not.toMatch(/@|12345678/);
    expect(plan.check.documents?.map((d) => d.title)).toEqual(['Stageovereenkomst Sem', 'Algemene voorwaarden', 'Contact']);
    // Spans and evidence point into the masked text.
    expect(plan.check.text.slice(plan.check.documents![2]!.start, plan.check.documents![2]!.end)).toMatch(/^Contact\n/);
    for (const q of plan.check.requirements) for (const e of q.evidence) expect(plan.check.text.slice(e.start, e.end)).toBe(e.quote);
  });

  it('masks the title of every document of the set, as it masks the plan title', async () => {
    const token = await t.school('Titelschool');
    const res = await request('/api/plans', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form([
        ['voorblad-jan@example.nl.txt', FRONT],
        ['voorwaarden van p.mulder@voorbeeld.nl.txt', CONDITIONS],
      ]),
    });
    expect(res.status).toBe(201);
    const plan = (await res.json()) as { title: string; check: Checked };
    expect(plan.title).not.toContain('@');
    expect(plan.check.documents?.map((d) => d.title)).toEqual([plan.title, expect.stringContaining('[e-mailadres]')]);
    expect(JSON.stringify(plan.check)).not.toMatch(/jan@example|p\.mulder@voorbeeld/);
  });

  it('makes a check stored in an older shape again as the same set of documents', async () => {
    const token = await t.school('Oude opslag');
    const auth = { authorization: `Bearer ${token}` };
    const created = (await (
      await request('/api/plans', {
        method: 'POST',
        headers: auth,
        body: form([
          ['voorblad.txt', FRONT],
          ['algemene-voorwaarden.txt', CONDITIONS],
        ]),
      })
    ).json()) as {
      planId: string;
      check: Checked;
    };
    // Before blank fields were counted a summary had no toFill: that is not this contract any more.
    const { toFill: _, ...olderSummary } = created.check.summary;
    await t.db.rows(sql`update plans set "check" = ${JSON.stringify({ ...created.check, summary: olderSummary })}::jsonb where id = ${created.planId}`);
    const again = (await (await request(`/api/plans/${created.planId}`, { headers: auth })).json()) as { check: Checked };
    // The plan's kind holds (it may have been chosen), so it is checked as that kind.
    const { kindConfidence: _c, ...same } = created.check;
    expect(again.check).toMatchObject({ ...same, kindConfidence: 1 });
    expect(again.check.documents?.map((d) => d.title)).toEqual(['voorblad', 'algemene voorwaarden']);
  });

  it('makes a check again from the text alone when the stored spans no longer fit it', () => {
    const plan = { planId: 'plan_x', title: 'Voorblad', kind: 'stageovereenkomst', createdAt: new Date(0).toISOString(), text: FRONT, masked: [] };
    const detail = planDetail({
      ...plan,
      check: {
        documents: [
          { title: 'a', start: 0, end: 5 },
          { title: 'b', start: 9, end: 99_999 },
        ],
      },
    });
    expect(detail.check.text).toBe(FRONT);
    expect(detail.check.documents).toBeUndefined();
    expect(detail.check.kind).toBe('stageovereenkomst');
  });
});

describe('openapi.json', () => {
  it('shows several files, JSON attachments, and the fields of a checked set', async () => {
    const doc = (await (await request('/openapi.json')).json()) as {
      components: { schemas: Record<string, { properties: Record<string, { type?: string; maxItems?: number; items?: unknown }>; required?: string[] }> };
    };
    const s = doc.components.schemas;
    expect(s.DocumentUpload!.properties.file).toMatchObject({ type: 'array', maxItems: 10, items: { type: 'string', format: 'binary' } });
    expect(s.DocumentText!.properties.attachments).toMatchObject({ type: 'array', maxItems: 9 });
    expect(s.CheckedDocument!.properties.documents).toMatchObject({ type: 'array' });
    expect(Object.keys(s.Requirement!.properties)).toContain('refersTo');
    expect(s.RequirementPart!.required).toEqual(expect.arrayContaining(['label', 'evidence']));
    expect(s.CheckSummary!.required).toContain('toFill');
  });
});
