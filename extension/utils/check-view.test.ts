// @vitest-environment happy-dom
import { h, render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { HintPanel } from '../components/HintPanel';
import { badgeState, byAttention, placementOf } from './check-view';
import type { CheckView, RequirementView } from './check-view';

const req = (id: string, status: RequirementView['status'], evidence: Array<[number, number]> = [], extra: Partial<RequirementView> = {}): RequirementView => ({
  id, label: id, law: 'UB WVO 2020', article: '2.35', status, hint: `Hint ${id}`,
  evidence: evidence.map(([start, end]) => ({ quote: 'x', start, end })), ...extra,
});

const view = (over: Partial<CheckView>): CheckView => ({
  kind: 'stageplan', kindConfidence: 0.9, summary: { present: 0, missing: 0, unclear: 0, violated: 0 },
  requirements: [], recommendations: [], ...over,
});

describe('badgeState', () => {
  it('is quiet when the text is no stage document and nothing is offered', () => {
    expect(badgeState(view({ kind: 'unknown', kindConfidence: 0.9 }))).toBe('quiet');
  });
  it('is maybe when the engine is unsure or offers candidates', () => {
    expect(badgeState(view({ kind: 'unknown', kindCandidates: [{ kind: 'stageplan', confidence: 0.5 }] }))).toBe('maybe');
    expect(badgeState(view({ kindConfidence: 0.45 }))).toBe('maybe');
    expect(badgeState(view({ kindCandidates: [{ kind: 'stageplan', confidence: 0.6 }, { kind: 'stageovereenkomst', confidence: 0.4 }] }))).toBe('maybe');
  });
  it('is full when the kind is sure, or chosen by the user', () => {
    expect(badgeState(view({}))).toBe('full');
    expect(badgeState(view({ kind: 'unknown' }), 'stageplan')).toBe('full');
  });
});

describe('byAttention', () => {
  it('puts violated, missing, to fill in and unclear before what is in order, keeping the catalogue order within a group', () => {
    const reqs = [req('a', 'present'), req('b', 'missing'), req('c', 'present', [], { fill: true }), req('d', 'violated'), req('e', 'unclear'), req('f', 'missing')];
    expect(byAttention(reqs).map((r) => r.id)).toEqual(['d', 'b', 'f', 'c', 'e', 'a']);
  });
});

describe('placementOf: where a missing requirement belongs', () => {
  const text = '# Stageplan\n## Doel\nHet doel is oriëntatie.\n## Omvang\nTien dagen.\nIn blokken.\n## Overig\nZiekmelden voor acht uur.\n';
  const at = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];

  it('after the section of the previous requirement, before the next heading', () => {
    const r = view({ requirements: [req('doel', 'present', [at('Het doel is oriëntatie.')]), req('omvang', 'present', [at('Tien dagen.')]), req('opbouw', 'missing')] });
    const p = placementOf(r, r.requirements[2]!, text);
    expect(p.where).toBe('na ‘Omvang’');
    expect(text.slice(0, p.offset).endsWith('In blokken.')).toBe(true);
  });

  it('before the section of the next requirement when nothing comes before it', () => {
    const r = view({ requirements: [req('doel', 'missing'), req('omvang', 'present', [at('Tien dagen.')])] });
    const p = placementOf(r, r.requirements[0]!, text);
    expect(p.where).toBe('voor ‘Omvang’');
    expect(text.slice(p.offset).startsWith('## Omvang')).toBe(true);
  });

  it('at the end when the document has no evidence at all', () => {
    const r = view({ requirements: [req('doel', 'missing')] });
    expect(placementOf(r, r.requirements[0]!, text)).toEqual({ offset: text.length, where: 'aan het eind van het document' });
  });
});

describe('HintPanel', () => {
  it('in the maybe state checks nothing until a kind is chosen', () => {
    const onChooseKind = vi.fn();
    const el = document.createElement('div');
    render(h(HintPanel, { result: view({ kind: 'unknown', kindCandidates: [{ kind: 'stageplan', confidence: 0.5 }] }), state: 'maybe', text: '', onSelect: () => {}, onChooseKind }), el);
    expect(el.querySelectorAll('[data-requirement-id]')).toHaveLength(0);
    const first = el.querySelector<HTMLButtonElement>('[data-choose-kind]')!;
    expect(first.getAttribute('data-choose-kind')).toBe('stageplan');
    expect(first.textContent).toBe('Controleren als stageplan');
    first.click();
    expect(onChooseKind).toHaveBeenCalledWith('stageplan');
  });

  it('says a blank field is still to fill in, leaves zero counts out, and gives no task for what is in order', () => {
    const el = document.createElement('div');
    const result = view({ requirements: [req('periode', 'present', [[0, 1]], { fill: true, parts: [{ name: 'einddatum', status: 'missing' }] }), req('doel', 'present', [[0, 1]])] });
    render(h(HintPanel, { result, state: 'full', text: 'x', onSelect: () => {}, onChooseKind: () => {} }), el);
    expect(el.querySelector('.summary')!.textContent).toBe('1 nog in te vullen · 1 in orde');
    const periode = el.querySelector('[data-requirement-id="periode"]')!;
    expect(periode.textContent).toContain('Nog in te vullen');
    expect(periode.textContent).toContain('einddatum: ontbreekt');
    expect(el.querySelector('[data-requirement-id="doel"]')!.textContent).not.toContain('Hint doel');
  });
});
