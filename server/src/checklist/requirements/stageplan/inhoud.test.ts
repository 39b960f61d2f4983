import { describe, expect, it } from 'vitest';
import { requirementOf, statusOf } from '../test-helpers.ts';

const s = (t: string) => statusOf('stageplan.inhoud', t);

describe('stageplan.inhoud', () => {
  it('what the pupil does on stage, in a sentence or under a question heading', () => {
    expect(s('## Stage\n\nOp je stage help je bij de dagelijkse verzorging van cliënten en bereid je een activiteit voor.')).toBe('present');
    expect(s('# Stageweek\n\n## Wat doe je tijdens de stageweek?\n- Je loopt mee met een medewerker.\n- Je houdt een dagverslag bij.')).toBe('present');
  });

  it('what staff do is organisation, not content', () => {
    expect(s('# Stage\n\nJe mentor helpt je bij het vinden van een stageplaats.')).toBe('missing');
  });

  it('a purpose is not content ("bedoeld om leerlingen te helpen bij hun keuze")', () => {
    expect(s('## 5.3 Stage\n\nDe stage is bedoeld om leerlingen te helpen bij hun keuze voor het mbo.')).toBe('missing');
  });

  it('a column of LOB activities is not what the pupil does on stage', () => {
    const text =
      '# LOB\n\n| Leerjaar | Activiteiten |\n| --- | --- |\n| Klas 3 | Oriënterende stage van vijf dagen, open dagen mbo |\n| Klas 4 | Beroepsgerichte stage van tien dagen |\n';
    expect(s(text)).toBe('missing');
  });

  it('content that is only referred to another document is unclear, with the document named', () => {
    const q = requirementOf(
      'stageplan.inhoud',
      '### 4.4 Stage\n\nIn leerjaar 3 lopen leerlingen twee weken stage. Wat leerlingen tijdens de stage precies doen, staat per profiel beschreven in het stagehandboek.',
    );
    expect(q.status).toBe('unclear');
    expect(q.refersTo?.document).toBe('het stagehandboek');
  });
});
