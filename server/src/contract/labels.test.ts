import { describe, expect, it } from 'vitest';
import { byAttention, checkState, citationLabel, countLabel, lawIdOf, lawNameOf, maskedMessage, sourceLabels, statusLabels } from './labels.ts';

describe('labels', () => {
  it('labels report, law and plan citations', () => {
    expect(citationLabel({ source: 'report', section: '10.2', page: 64 })).toBe('Rapport §10.2, p. 64');
    expect(citationLabel({ source: 'report', section: '6.2.3', page: 38, footnote: 10 })).toBe('Rapport §6.2.3, p. 38, voetnoot 10');
    expect(citationLabel({ source: 'law', law: 'UB WVO 2020', article: '2.36', lid: '3' })).toBe('UB WVO 2020 art. 2.36 lid 3');
    expect(citationLabel({ source: 'plan' })).toBe('Eigen document');
  });

  it('gives law, report and the school’s own document each their own icon and name', () => {
    const all = Object.values(sourceLabels);
    expect(new Set(all.map((l) => l.icon)).size).toBe(3);
    expect(new Set(all.map((l) => l.name)).size).toBe(3);
  });

  it('maps law names to route ids and back', () => {
    expect(lawIdOf('UB WVO 2020')).toBe('ub-wvo-2020');
    expect(lawIdOf('Uitvoeringsbesluit WVO 2020')).toBe('ub-wvo-2020');
    expect(lawIdOf('WVO 2020')).toBe('wvo-2020');
    expect(lawNameOf('ub-wvo-2020')).toBe('UB WVO 2020');
  });

  it('reads a blank field as still to fill in, unless it breaks the law', () => {
    expect(checkState({ status: 'present', fill: true })).toBe('fill');
    expect(checkState({ status: 'unclear', fill: true })).toBe('fill');
    expect(checkState({ status: 'violated', fill: true })).toBe('violated');
    expect(checkState({ status: 'missing' })).toBe('missing');
  });

  it('puts what needs attention first: violated, missing, to fill in, unclear, then in order', () => {
    const reqs = [
      { id: 'a', status: 'present' as const },
      { id: 'b', status: 'unclear' as const },
      { id: 'c', status: 'present' as const, fill: true },
      { id: 'd', status: 'missing' as const },
      { id: 'e', status: 'violated' as const },
      { id: 'f', status: 'missing' as const },
    ];
    expect(byAttention(reqs).map((r) => r.id)).toEqual(['e', 'd', 'f', 'c', 'b', 'a']);
  });

  it('counts in Dutch, never with the status in colour or icon alone', () => {
    expect(countLabel('missing', 1)).toBe('1 ontbreekt');
    expect(countLabel('missing', 3)).toBe('3 ontbreken');
    expect(countLabel('present', 0)).toBe('0 in orde');
    for (const l of Object.values(statusLabels)) expect(l.text.length).toBeGreaterThan(3);
  });
});

describe('maskedMessage', () => {
  it('says in Dutch what was masked, or nothing', () => {
    expect(
      maskedMessage([
        { type: 'email', count: 2 },
        { type: 'phone', count: 1 },
      ]),
    ).toBe('We hebben 2 e-mailadressen en 1 telefoonnummer onleesbaar gemaakt voordat het document werd opgeslagen.');
    expect(maskedMessage([{ type: 'bsn', count: 0 }])).toBeNull();
    expect(maskedMessage([])).toBeNull();
  });
});
