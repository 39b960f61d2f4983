import { Hono } from 'hono';
import type { AppParts } from '../app.ts';
import { errors } from '../http/errors.ts';
import { deletePlan, getPlan, listPlans, storePlan } from '../plans.ts';
import { maskTitle } from '../nl/pii.ts';
import { requireSchool } from './auth.ts';
import { documentInput } from './document-input.ts';

const MASKED_LABELS: Record<string, [string, string]> = {
  email: ['e-mailadres', 'e-mailadressen'],
  phone: ['telefoonnummer', 'telefoonnummers'],
  bsn: ['BSN', 'BSN-nummers'],
  iban: ['IBAN', 'IBAN-nummers'],
  address: ['adres', 'adressen'],
};

/** "2 e-mailadressen en 1 telefoonnummer" */
function maskedSummary(masked: Array<{ type: string; count: number }>): string | null {
  const parts = masked.filter((m) => m.count > 0).map((m) => `${m.count} ${MASKED_LABELS[m.type]?.[m.count === 1 ? 0 : 1] ?? m.type}`);
  if (!parts.length) return null;
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}` : parts[0];
  return `We hebben ${list} onleesbaar gemaakt voordat het document werd opgeslagen.`;
}

/** A school's own stage documents. Every route needs the school's token; other schools' plans are 404. */
export function planRoutes(parts: AppParts) {
  const app = new Hono();

  app.post('/plans', async (c) => {
    const school = await requireSchool(c, parts);
    const input = await documentInput(c);
    // Read with personal data masked (and the stored length capped); the title (or the file name it came from)
    // is repeated in every citation: masked too.
    const doc = await parts.documents!.read({ source: input.source, ...(input.kind ? { kind: input.kind } : {}), purpose: 'store' });
    const { text } = doc;
    const masked = doc.masked ?? [];
    const title = maskTitle(input.title);
    const check = { ...doc.check, text };
    const { planId, chunks } = await storePlan(parts.db, parts.index, {
      school, title, kind: check.kind, text, check, masked, now: parts.clock.now(),
    });
    return c.json({ planId, title, kind: check.kind, chunks, check, masked, maskedMessage: maskedSummary(masked) }, 201);
  });

  app.get('/plans', async (c) => {
    const school = await requireSchool(c, parts);
    return c.json({ plans: await listPlans(parts.db, school) });
  });

  app.get('/plans/:id', async (c) => {
    const school = await requireSchool(c, parts);
    const plan = await getPlan(parts.db, school, c.req.param('id'));
    if (!plan) throw errors.notFound('Dit document bestaat niet of hoort niet bij jouw school.');
    return c.json(plan);
  });

  app.delete('/plans/:id', async (c) => {
    const school = await requireSchool(c, parts);
    if (!(await deletePlan(parts.db, school, c.req.param('id')))) {
      throw errors.notFound('Dit document bestaat niet of hoort niet bij jouw school.');
    }
    return c.body(null, 204);
  });
  return app;
}
