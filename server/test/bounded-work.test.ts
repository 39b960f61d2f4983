// Every route does bounded work on hostile text: long words, long runs of one character, glued compounds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/server.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
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

async function timed(f: () => Promise<Response>): Promise<{ ms: number; status: number }> {
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
