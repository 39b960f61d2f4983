// @vitest-environment happy-dom
import { h, render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { HintPanel } from '../components/HintPanel';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyStageText } from '@stagewijzer/server/checklist';
import type { RequirementId } from '@stagewijzer/server/contract';
import { badgeState, placementOf } from './check-view';
import type { CheckView, RequirementView } from './check-view';
import { checkPage } from './checklist';

const req = (
  id: RequirementId,
  status: RequirementView['status'],
  evidence: Array<[number, number]> = [],
  extra: Partial<RequirementView> = {},
): RequirementView => ({
  id,
  label: id,
  law: 'UB WVO 2020',
  article: '2.35',
  status,
  fill: false,
  hint: `Hint ${id}`,
  evidence: evidence.map(([start, end]) => ({ quote: 'x', start, end })),
  ...extra,
});

const view = (over: Partial<CheckView>): CheckView => ({
  verdict: 'document',
  kind: 'stageplan',
  kindConfidence: 0.9,
  summary: { present: 0, missing: 0, unclear: 0, violated: 0, toFill: 0 },
  requirements: [],
  recommendations: [],
  ...over,
});

/** The visible text of a fixture page (what the content script checks, roughly). */
const fixtureText = (name: string): string =>
  readFileSync(join(import.meta.dirname, '..', 'e2e', 'fixtures', `${name}.html`), 'utf8')
    .replace(/<(script|style|nav|header|footer)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/(p|h[1-6]|li|div|section|article|tr)>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[ \t]+/g, ' ');

describe("badgeState follows the engine's verdict", () => {
  it('is quiet for "not", maybe for "maybe", full for "document" or a kind the user chose', () => {
    expect(badgeState(view({ verdict: 'not', kind: 'unknown' }))).toBe('quiet');
    expect(badgeState(view({ verdict: 'maybe', kind: 'unknown', kindCandidates: [{ kind: 'stageplan', confidence: 0.5 }] }))).toBe('maybe');
    expect(badgeState(view({ verdict: 'document' }))).toBe('full');
    expect(badgeState(view({ verdict: 'not', kind: 'unknown' }), 'stageplan')).toBe('full');
  });
});

describe('checkPage: the engine decides what the text is', () => {
  const fixtures = readdirSync(join(import.meta.dirname, '..', 'e2e', 'fixtures'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -5));
  const samples = readdirSync(join(import.meta.dirname, '..', '..', 'corpus', 'samples')).filter((f) => f.endsWith('.md'));

  it('gives the verdict of classifyStageText on every fixture page and sample', () => {
    const texts = [...fixtures.map(fixtureText), ...samples.map((f) => readFileSync(join(import.meta.dirname, '..', '..', 'corpus', 'samples', f), 'utf8'))];
    for (const text of texts) expect(checkPage(text).verdict).toBe(classifyStageText(text).verdict);
    // The pages cover all three verdicts.
    expect(new Set(texts.map((t) => checkPage(t).verdict))).toEqual(new Set(['document', 'maybe', 'not']));
  });

  it('checks a stage document in full', () => {
    const r = checkPage(readFileSync(join(import.meta.dirname, '..', '..', 'corpus', 'samples', 'stageplan-pro-compleet.md'), 'utf8'));
    expect(r).toMatchObject({ verdict: 'document', kind: 'stageplan' });
    expect(r.requirements.length).toBe(5);
  });

  it('checks nothing on a news article until the user chooses a kind', () => {
    const text = fixtureText('news-inspectie');
    const r = checkPage(text);
    expect(r.verdict).toBe('not');
    expect(r.requirements).toEqual([]);
    const chosen = checkPage(text, 'stageovereenkomst');
    expect(chosen).toMatchObject({ verdict: 'document', kind: 'stageovereenkomst', kindConfidence: 1 });
    expect(chosen.requirements.length).toBeGreaterThan(5);
  });

  it('offers a school page about its stages as a stageplan (a badge, or a quiet badge that checks on request)', () => {
    const r = checkPage(fixtureText('school-stages'));
    expect(r.verdict).not.toBe('not');
    expect(badgeState(r)).not.toBe('quiet');
    expect([r.kind, ...(r.kindCandidates ?? []).map((c) => c.kind)]).toContain('stageplan');
  });
});

describe('placementOf: where a missing requirement belongs', () => {
  const text = '# Stageplan\n## Doel\nHet doel is oriëntatie.\n## Omvang\nTien dagen.\nIn blokken.\n## Overig\nZiekmelden voor acht uur.\n';
  const at = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];

  it('after the section of the previous requirement, before the next heading', () => {
    const r = view({
      requirements: [
        req('stageplan.doel', 'present', [at('Het doel is oriëntatie.')]),
        req('stageplan.omvang', 'present', [at('Tien dagen.')]),
        req('stageplan.opbouw', 'missing'),
      ],
    });
    const p = placementOf(r, r.requirements[2]!, text);
    expect(p.where).toBe('na ‘Omvang’');
    expect(text.slice(0, p.offset).endsWith('In blokken.')).toBe(true);
  });

  it('before the section of the next requirement when nothing comes before it', () => {
    const r = view({ requirements: [req('stageplan.doel', 'missing'), req('stageplan.omvang', 'present', [at('Tien dagen.')])] });
    const p = placementOf(r, r.requirements[0]!, text);
    expect(p.where).toBe('voor ‘Omvang’');
    expect(text.slice(p.offset).startsWith('## Omvang')).toBe(true);
  });

  it('at the end when the document has no evidence at all', () => {
    const r = view({ requirements: [req('stageplan.doel', 'missing')] });
    expect(placementOf(r, r.requirements[0]!, text)).toEqual({ offset: text.length, where: 'aan het eind van het document' });
  });
});

describe('HintPanel', () => {
  it('in the maybe state checks nothing until a kind is chosen', () => {
    const onChooseKind = vi.fn();
    const el = document.createElement('div');
    render(
      h(HintPanel, {
        result: view({ verdict: 'maybe', kind: 'unknown', kindCandidates: [{ kind: 'stageplan', confidence: 0.5 }] }),
        state: 'maybe',
        text: '',
        onSelect: () => {},
        onChooseKind,
      }),
      el,
    );
    expect(el.querySelectorAll('[data-requirement-id]')).toHaveLength(0);
    const first = el.querySelector<HTMLButtonElement>('[data-choose-kind]')!;
    expect(first.getAttribute('data-choose-kind')).toBe('stageplan');
    expect(first.textContent).toBe('Controleren als stageplan');
    first.click();
    expect(onChooseKind).toHaveBeenCalledWith('stageplan');
  });

  it('says a blank field is still to fill in, leaves zero counts out, and gives no task for what is in order', () => {
    const el = document.createElement('div');
    const result = view({
      requirements: [
        req('stageplan.omvang', 'unclear', [[0, 1]], {
          fill: true,
          parts: [{ name: 'ouders_of_leerling', label: 'ouders of leerling', status: 'missing', evidence: [] }],
        }),
        req('stageplan.doel', 'present', [[0, 1]]),
      ],
    });
    render(h(HintPanel, { result, state: 'full', text: 'x', onSelect: () => {}, onChooseKind: () => {} }), el);
    expect(el.querySelector('.summary')!.textContent).toBe('1 nog in te vullen · 1 in orde');
    const periode = el.querySelector('[data-requirement-id="stageplan.omvang"]')!;
    expect(periode.textContent).toContain('Nog in te vullen');
    expect(periode.textContent).toContain('ouders of leerling: ontbreekt');
    expect(periode.textContent).not.toContain('ouders_of_leerling');
    expect(el.querySelector('[data-requirement-id="stageplan.doel"]')!.textContent).not.toContain('Hint stageplan.doel');
  });
});
