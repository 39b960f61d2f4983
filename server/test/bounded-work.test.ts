// Every route does bounded work on hostile text: long words, long runs of one character, glued compounds.
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deepDocx, hostileDocx, mismatchedHtml, nestedHtml } from '../bench/hostile.ts';
import { createTestApp, type TestApp } from './support/server.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  // Built once, on the first claim and question (the claims' sentence index): not what these tests measure.
  await post('/api/claims', { claim: 'Alle scholen bieden stages aan.' });
  await post('/api/ask', { question: 'Wat is een stage?' });
}, 180_000);
afterAll(() => t?.close());

const post = async (path: string, body: unknown): Promise<Response> =>
  t.app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

const glued = (n: number) => 'stagevergoedingreiskostenovereenkomstbegeleidingleerwerktraject'.repeat(Math.ceil(n / 60)).slice(0, n);
const hostileWords = {
  'a glued compound': (n: number) => glued(n),
  'one letter repeated': (n: number) => 'a'.repeat(n),
  'hyphenated letters': (n: number) => 'a-'.repeat(n / 2),
  'digits and dots': (n: number) => '1.'.repeat(n / 2),
};

async function timed(f: () => Response | Promise<Response>): Promise<{ ms: number; status: number }> {
  const t0 = performance.now();
  const res = await f();
  await res.text();
  return { ms: performance.now() - t0, status: res.status };
}

describe('bounded work on hostile text', () => {
  for (const [name, make] of Object.entries(hostileWords)) {
    it(`answers a question with ${name} of 1,980 characters within 1 s`, async () => {
      const r = await timed(() => post('/api/ask', { question: `Wat is een stage ${make(1980)}` }));
      expect(r.status).toBe(200);
      expect(r.ms).toBeLessThan(1000);
    });

    it(`judges a claim with ${name} of 970 characters within 1 s`, async () => {
      const r = await timed(() => post('/api/claims', { claim: `De meeste afdelingen ${make(970)}` }));
      expect(r.status).toBe(200);
      expect(r.ms).toBeLessThan(1000);
    });

    it(`checks a document made of ${name} (200 kB) within 1 s`, async () => {
      const r = await timed(() => post('/api/check', { text: `Stageplan\n${make(200_000)}` }));
      expect([200, 422]).toContain(r.status);
      expect(r.ms).toBeLessThan(1000);
    });
  }

  it('costs about the same for a 2,000-letter word as for a 200-letter one (no superlinear blow-up)', async () => {
    await post('/api/ask', { question: 'Wat is een stage?' });
    const ask = (n: number, i: number) => timed(() => post('/api/ask', { question: `Wat is een stage ${i} ${glued(n)}` }));
    const short: number[] = [];
    const long: number[] = [];
    for (let i = 0; i < 5; i++) {
      short.push((await ask(200, i)).ms);
      long.push((await ask(1980, i)).ms);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[2]!;
    expect(median(long)).toBeLessThan(median(short) * 5 + 20);
  });
});

// ---------------------------------------------------------------------------------------------
// Hostile documents: big XML, deep nesting, huge pages. Every route that reads a document refuses them quickly
// with a Dutch 413/422, within bounded memory (here in-process and inline, as on Workers).

const upload = (path: string, bytes: Uint8Array | string, name: string, headers: Record<string, string> = {}) => {
  const form = new FormData();
  form.append('file', new Blob([bytes as BlobPart]), name);
  return t.app.request(path, { method: 'POST', body: form, headers });
};

/** Time, status, Dutch error and the growth of this process's memory while the request ran. */
async function measured(
  f: () => Response | Promise<Response>,
): Promise<{ ms: number; status: number; body: { error?: { code: string; message: string } }; extraMb: number }> {
  global.gc?.();
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const t0 = performance.now();
  try {
    const res = await f();
    const body = (await res.json()) as { error?: { code: string; message: string } };
    return { ms: performance.now() - t0, status: res.status, body, extraMb: (Math.max(peak, process.memoryUsage().rss) - rss0) / 1024 / 1024 };
  } finally {
    clearInterval(sampler);
  }
}

describe('bounded work on hostile documents', () => {
  let token: string;
  beforeAll(async () => {
    token = await t.school('Begrensde school');
  });

  const hostileFiles: Record<string, () => { bytes: Uint8Array | string; name: string; status: number[]; code: string[] }> = {
    'a DOCX with 45 MB of XML': () => ({ bytes: hostileDocx(45 * 1024 * 1024), name: 'groot.docx', status: [413], code: ['xml_too_large'] }),
    'a DOCX nested 100,000 deep': () => ({ bytes: deepDocx(100_000), name: 'diep.docx', status: [413, 422], code: ['too_deeply_nested', 'xml_too_large'] }),
    'a DOCX nested 1,000 deep': () => ({ bytes: deepDocx(1000), name: 'diep.docx', status: [422], code: ['too_deeply_nested'] }),
    '2.2 MB of nested HTML': () => ({ bytes: nestedHtml(2.2 * 1024 * 1024), name: 'genest.html', status: [422], code: ['too_deeply_nested'] }),
    '2 MB of nested list items': () => ({ bytes: nestedHtml(2 * 1024 * 1024, 'ul><li'), name: 'lijst.html', status: [422], code: ['too_deeply_nested'] }),
    '2 MB of mismatched closing tags': () => ({ bytes: mismatchedHtml(2 * 1024 * 1024), name: 'scheef.html', status: [422], code: ['too_deeply_nested'] }),
  };

  for (const [name, make] of Object.entries(hostileFiles)) {
    let file: ReturnType<typeof make> | undefined;
    for (const path of ['/api/check', '/api/plans']) {
      it(`refuses ${name} on ${path} within 5 s and 300 MB`, async () => {
        const f = (file ??= make());
        const r = await measured(() => upload(path, f.bytes, f.name, path === '/api/plans' ? { authorization: `Bearer ${token}` } : {}));
        expect(f.status).toContain(r.status);
        expect(f.code).toContain(r.body.error?.code);
        expect(r.body.error?.message).toMatch(/\b(te|het|dit|de)\b/i);
        expect(r.ms).toBeLessThan(5000);
        expect(r.extraMb).toBeLessThan(300);
      });
    }
  }

  it('reads sloppy but ordinary HTML (unclosed paragraphs and list items) as before', async () => {
    const html = `<html><body><h1>Stageplan</h1>${'<p>De leerling loopt stage bij een bedrijf.'.repeat(5000)}<ul>${'<li>Taak'.repeat(2000)}</ul></body></html>`;
    const r = await measured(() => upload('/api/check', html, 'slordig.html'));
    expect(r.status).toBe(200);
    expect(r.ms).toBeLessThan(3000);
  });

  it('refuses to store a plan longer than the storage budget with a Dutch 413, and checks it all the same', async () => {
    const text = `Stageplan\n\n${'De leerling loopt stage bij een bedrijf in de buurt en leert daar het vak. '.repeat(2000)}`;
    const stored = await t.app.request('/api/plans', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ title: 'Lang', text }),
    });
    expect(stored.status).toBe(413);
    const error = ((await stored.json()) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('plan_too_large');
    expect(error.message).toMatch(/te lang om op te slaan/);
    expect((await post('/api/check', { text })).status).toBe(200);
  });

  for (const [name, make] of Object.entries(hostileWords)) {
    it(`checks and stores a document made of ${name} (100 kB) within 2 s`, async () => {
      const text = `Stageplan\n${make(100_000)}`;
      expect((await timed(() => upload('/api/check', text, 'woord.txt'))).ms).toBeLessThan(2000);
      const stored = await timed(() =>
        t.app.request('/api/plans', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ title: name, text }),
        }),
      );
      expect([201, 413, 422]).toContain(stored.status);
      expect(stored.ms).toBeLessThan(2000);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Caches: questions and claims with words never seen before fill bounded caches, never the heap.

describe('bounded memory for new words', () => {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const heapMb = () => {
    gc();
    gc();
    return process.memoryUsage().heapUsed / 1024 / 1024;
  };
  let x = 20260702;
  const letter = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return String.fromCharCode(97 + ((x >>> 0) % 26));
  };
  const word = () => Array.from({ length: 7 + ((x >>> 0) % 6) }, letter).join('');
  const round = async (n: number) => {
    for (let i = 0; i < n; i++) {
      await (await post('/api/ask', { question: `Wat is een ${word()} bij de ${word()}stage van ${word()}?` })).arrayBuffer();
      await (await post('/api/claims', { claim: `De meeste ${word()} hebben een ${word()}beleid.` })).arrayBuffer();
    }
  };

  it('grows the heap by less than 12 MB over 300 more questions and claims full of new words', async () => {
    await round(150);
    const before = heapMb();
    await round(300);
    expect(heapMb() - before).toBeLessThan(12);
  }, 300_000);
});
