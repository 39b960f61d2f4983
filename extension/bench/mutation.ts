// Benchmark: the work per mutation batch on a 30-page document (~90 kB of text).
// Run: npx tsx extension/bench/mutation.ts   (needs Chromium: CHROMIUM_PATH or /usr/bin/chromium)
//
// Per batch the content script (1) re-extracts the text with its DOM mapping on the page's main
// thread and (2) hands the text to the background, which checks it and takes the engine's verdict on it from the
// check (checkPage; still local, off the page's thread): the text is read once. Budget: (1) under 16 ms so typing never feels slow. (2) is printed too.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { checkDocument } from '@stagewijzer/server/checklist';
import { checkPage } from '../utils/checklist';

const sample = (name: string): string => readFileSync(fileURLToPath(new URL(`../../corpus/samples/${name}`, import.meta.url)), 'utf8');

function toHtml(md: string, n: number): string {
  return md
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const text = l.replace(/^#+ /, '').replace(/\*\*/g, '').replace(/^- /, '');
      if (/^#+ /.test(l)) return `<h2>${text} (${n + 1})</h2>`;
      if (/^- /.test(l)) return `<ul><li>${text}</li></ul>`;
      return `<p>${text}</p>`;
    })
    .join('\n');
}

const base = ['stageplan-pro-compleet.md', 'stageplan-vmbo-onvolledig.md'].map(sample);
const filler =
  '<p>Tijdens de stage werkt de leerling aan opdrachten uit het stageboek. De praktijkbegeleider bespreekt elke week de voortgang met de leerling en noteert de afspraken in het logboek. Wanneer er iets misgaat, neemt de praktijkbegeleider contact op met de stagebegeleider van school.</p>';
const pages = Array.from({ length: 30 }, (_, i) => `<section class="page">${toHtml(base[i % 2]!, i)}${filler.repeat(i % 2 ? 3 : 1)}</section>`);
const html = `<!doctype html><html lang="nl"><body><article id="doc" contenteditable="true">${pages.join('\n')}</article></body></html>`;

const bundle = await build({
  entryPoints: [fileURLToPath(new URL('../utils/text-map.ts', import.meta.url))],
  bundle: true,
  format: 'iife',
  globalName: 'SW',
  write: false,
  minify: true,
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
await page.setContent(html);
await page.addScriptTag({ content: bundle.outputFiles[0]!.text });

const RUNS = 100;
const main = await page.evaluate((runs) => {
  type Map = { text: string };
  const sw = (globalThis as unknown as { SW: { extractText(el: Element): Map; patchTextNodes(m: Map, n: Text[]): Map | null } }).SW;
  const root = document.getElementById('doc')!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const times: number[] = [];
  const full: number[] = [];
  let map = sw.extractText(root);
  for (let i = 0; i < runs + 20; i++) {
    const node = nodes[(i * 37) % nodes.length]!;
    node.data = `${node.data}x`; // one keystroke: a characterData mutation
    const t0 = performance.now();
    map = sw.patchTextNodes(map, [node]) ?? sw.extractText(root);
    structuredClone({ type: 'checklist', text: map.text }); // the message to the background
    const t1 = performance.now();
    const f = sw.extractText(root); // a structural change (paste, new paragraph): full re-extract
    structuredClone({ type: 'checklist', text: f.text });
    const t2 = performance.now();
    if (i >= 20) {
      times.push(t1 - t0);
      full.push(t2 - t1);
    }
  }
  return { times, full, length: map.text.length };
}, RUNS);
const text = await page.evaluate(
  () => (globalThis as unknown as { SW: { extractText(el: Element): { text: string } } }).SW.extractText(document.getElementById('doc')!).text,
);
await browser.close();

const checkTimes: number[] = [];
const pageTimes: number[] = [];
for (let i = 0; i < RUNS + 20; i++) {
  const t0 = performance.now();
  checkDocument(`${text}${'x'.repeat(i % 3)}`);
  const t1 = performance.now();
  const verdict = checkPage(`${text}${'y'.repeat(i % 3)}`).verdict;
  if (i >= 20) {
    checkTimes.push(t1 - t0);
    pageTimes.push(performance.now() - t1);
  }
  if (verdict !== 'document') throw new Error(`the bench document is no stage document to the engine (${verdict})`);
}

const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const fmt = (xs: number[]): string => `median ${pct(xs, 0.5).toFixed(2)} ms, p95 ${pct(xs, 0.95).toFixed(2)} ms`;
console.log(`document: ${pages.length} pages, ${(main.length / 1000).toFixed(1)} kB of text`);
console.log(
  `page main thread per typing batch (patch + message, Chromium):      ${fmt(main.times)}  [budget 16 ms: ${pct(main.times, 0.95) < 16 ? 'OK' : 'OVER'}]`,
);
console.log(
  `page main thread per structural change (full extract + message):    ${fmt(main.full)}  [budget 16 ms: ${pct(main.full, 0.95) < 16 ? 'OK' : 'OVER'}]`,
);
console.log(`checklist alone (checkDocument, V8):                              ${fmt(checkTimes)}`);
console.log(`background per batch (checkPage: checklist and verdict, V8):       ${fmt(pageTimes)}`);
