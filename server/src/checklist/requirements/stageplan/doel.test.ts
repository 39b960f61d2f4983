import { describe, expect, it } from 'vitest';
import { quotesOf, requirementOf, statusOf } from '../test-helpers.ts';

const s = (t: string) => statusOf('stageplan.doel', t);

describe('stageplan.doel', () => {
  it('a purpose stated in running text counts, without a heading', () => {
    expect(s('# Stages bij ons\n\nMet stage bereiden we je voor op werk in de regio. In klas 3 loop je twee weken stage.')).toBe('present');
    expect(s('## Stage\n\nOp stage ontdek je of werken in de zorg echt bij je past.')).toBe('present');
  });

  it('quotes the sentence under a goal heading, never the heading', () => {
    const text = '# Stageplan\n\n## Doel van de stage\nHet doel van de stage is dat leerlingen zich oriënteren op beroepen binnen hun profiel.';
    expect(quotesOf('stageplan.doel', text)).toBe('Het doel van de stage is dat leerlingen zich oriënteren op beroepen binnen hun profiel.');
  });

  it('a heading alone, or a placeholder under it, is not a goal', () => {
    const heading = requirementOf('stageplan.doel', '# Stageplan\n\n## Doel van de stage\n\n## Omvang\nTien dagen stage in klas 3.');
    expect(heading.status).toBe('missing');
    expect(heading.hint).toMatch(/alleen een kop/);
    expect(s('# Stageplan\n\n## Doel van de stage\nNog niet vastgesteld.')).toBe('unclear');
  });

  it('doelgroep is not doel', () => {
    expect(s('# Stageplan\n\n## Onze doelgroep\nOnze leerlingen zijn 12 tot 16 jaar en lopen stage in leerjaar 3.')).toBe('missing');
  });

  it('preparing for the stage is not its purpose', () => {
    expect(s('# Handige links\n\nOp deze pagina staan links die je helpen bij het voorbereiden van je stage.')).toBe('missing');
  });
});
