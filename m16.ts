import { createTestApp } from './server/test/support/server.ts';
import { chunkPlan } from './server/src/corpus/chunk.ts';
import { maskPersonalData } from './server/src/nl/pii.ts';
import { checkDocument } from './server/src/checklist/index.ts';
const t = await createTestApp();
const token = await t.school();
for (const [name, text] of [['hyph', 'Stageplan\n' + 'a-'.repeat(50_000)], ['dots', 'Stageplan\n' + '1.'.repeat(50_000)], ['prose', 'Stageplan\n' + 'De leerling loopt stage bij een bedrijf. '.repeat(2500)]] as const) {
  let t0 = performance.now();
  const m = maskPersonalData(text); const a = performance.now() - t0; t0 = performance.now();
  checkDocument(m.text); const b = performance.now() - t0; t0 = performance.now();
  const chunks = chunkPlan({ id: 'p', schoolId: 's', title: 'x', text: m.text }); const c = performance.now() - t0; t0 = performance.now();
  for (const ch of chunks) t.parts.index.terms(ch); const d = performance.now() - t0; t0 = performance.now();
  const res = await t.app.request('/api/plans', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ title: 'x', text }) });
  console.log(name, 'mask', a.toFixed(0), 'check', b.toFixed(0), 'chunk', c.toFixed(0), chunks.length, 'terms', d.toFixed(0), 'total', (performance.now() - t0).toFixed(0), res.status);
}
await t.close();
