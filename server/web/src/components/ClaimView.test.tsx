// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Why } from './ClaimView.tsx';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('why a claim got its verdict', () => {
  it('shows the matched figure, who and what it is about, and the two amounts side by side', () => {
    const root = document.createElement('div');
    document.body.append(root);
    render(
      <Why
        verdict="contradicted"
        match={{
          kind: 'fact',
          text: 'Maatschappelijke stage: ja 63 (45,7%), nee 75 (54,3%), totaal 138',
          population: 'vmbo-afdelingen in de vragenlijst',
          measure: 'bieden een maatschappelijke stage aan',
          claimed: { text: 'de meeste' },
          stated: { text: '45,7%', value: 45.7, unit: 'percent' },
        }}
      />,
      root,
    );
    expect(root.querySelector('.why-source')?.textContent).toContain('cijfer uit het rapport');
    expect(root.querySelector('.why-facts')?.textContent).toContain('vmbo-afdelingen in de vragenlijst');
    const amounts = [...root.querySelectorAll('.amount')].map((a) => a.textContent);
    expect(amounts).toEqual(['In de beweringde meeste', 'In het rapport45,7%']);
    expect(root.querySelector('.amounts')?.className).toContain('amounts-differ');
  });
});
