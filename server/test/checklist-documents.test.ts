// Several documents checked as one: /api/check with several files or JSON attachments, and a plan with attachments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/server.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

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

interface Checked {
  kind: string;
  text: string;
  documents?: Array<{ title: string; start: number; end: number }>;
  requirements: Array<{ id: string; status: string; refersTo?: { document: string }; evidence: Array<{ quote: string; start: number; end: number }> }>;
}

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
    const res = await t.app.request('/api/check', { method: 'POST', body: form([['voorblad.txt', FRONT]]) });
    expect(res.status).toBe(200);
    const r = (await res.json()) as Checked;
    expect(r.requirements.find((q) => q.id === 'stageovereenkomst.toezicht')).toMatchObject({ status: 'unclear', refersTo: { document: 'de algemene voorwaarden' } });
    expect(r.documents).toBeUndefined();
  });

  it('several files are checked as one agreement, with offsets into the joined text', async () => {
    const res = await t.app.request('/api/check', { method: 'POST', body: form([['voorblad.txt', FRONT], ['algemene-voorwaarden.txt', CONDITIONS]]) });
    expect(res.status).toBe(200);
    const r = (await res.json()) as Checked;
    allPresentWithOffsets(r);
    expect(r.documents?.map((d) => d.title)).toEqual(['voorblad', 'algemene voorwaarden']);
  });

  it('JSON attachments do the same', async () => {
    const res = await t.app.request('/api/check', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: FRONT, title: 'Voorblad', attachments: [{ title: 'Algemene voorwaarden', text: CONDITIONS }] }),
    });
    expect(res.status).toBe(200);
    const r = (await res.json()) as Checked;
    allPresentWithOffsets(r);
    expect(r.documents?.map((d) => d.title)).toEqual(['Voorblad', 'Algemene voorwaarden']);
  });

  it('too many files or an attachment without text is a clear Dutch 400', async () => {
    const many = await t.app.request('/api/check', { method: 'POST', body: form(Array.from({ length: 11 }, (_, k) => [`d${k}.txt`, FRONT] as [string, string])) });
    expect(many.status).toBe(400);
    expect(((await many.json()) as { error: { message: string } }).error.message).toMatch(/ten hoogste 10 bestanden/);
    const empty = await t.app.request('/api/check', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: FRONT, attachments: [{ title: 'Leeg' }] }),
    });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: { message: string } }).error.message).toMatch(/Bijlage 1 heeft geen tekst/);
  });
});

describe('POST /api/plans with attachments', () => {
  it('stores the set as one plan and its check', async () => {
    const token = await t.school('Het Lindenhof');
    const res = await t.app.request('/api/plans', {
      method: 'POST', headers: { authorization: `Bearer ${token}` },
      body: form([['voorblad.txt', FRONT], ['algemene-voorwaarden.txt', CONDITIONS]], { title: 'Stageovereenkomst Yara' }),
    });
    expect(res.status).toBe(201);
    const plan = (await res.json()) as { planId: string; title: string; kind: string; check: Checked };
    expect(plan.title).toBe('Stageovereenkomst Yara');
    allPresentWithOffsets(plan.check);
    const stored = (await (await t.app.request(`/api/plans/${plan.planId}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { text: string };
    expect(stored.text).toContain('Algemene voorwaarden stageovereenkomst');
    expect(stored.text).toBe(plan.check.text);
  });
});
