// The statement of what something contains, told from lists that add to another and from other text.
import { describe, expect, it } from 'vitest';
import { contentsStatement, documentsNamed } from './enumeration.ts';

describe('a statement of contents', () => {
  it.each([
    'Het werkplan omvat in elk geval:\n\na. de doelen;\n\nb. de planning.',
    '1 Een convenant als bedoeld in artikel 4.12 van de wet bevat ten minste:\n\n1. de partijen;\n\n2. de looptijd.',
    'Het verslag vermeldt: - de datum - de deelnemers',
    'Het jaarplan voorziet in elk geval in een regeling voor klachten, bedoeld in artikel 3.',
    'De overeenkomst omvat ten minste afspraken over:',
  ])('opens with its subject and a verb of containing, as a list or with a minimum: %s', (text) => {
    expect(contentsStatement(text)).not.toBeNull();
  });

  it.each([
    'De stageovereenkomst bepaalt ook:\n\na. wie de verzekering sluit;\n\nb. wie de premie betaalt.',
    'Leerlingen noemen twee dingen: het rooster en de reistijd.',
    'Het bevoegd gezag sluit een overeenkomst met de stagebieder.',
    'In elk geval is de stage verplicht. Het plan omvat:\n\na. een gesprek.',
  ])('is not a list that adds to another, a colon in running text, or a clause without a verb of containing: %s', (text) => {
    expect(contentsStatement(text)).toBeNull();
  });

  it('reads an article number as one word in the opening clause', () => {
    expect(contentsStatement('Een overeenkomst als bedoeld in 2.32 van de wet omvat in elk geval:\n\na. de leerdoelen.')).toContain('Een overeenkomst');
  });

  it("names documents with the kit's titles, lay words included", () => {
    expect([...documentsNamed('wat moet er in mijn stagecontract')]).toEqual(['stageovereenkomst']);
    expect(documentsNamed('wat staat er in een lwt-overeenkomst').has('leerwerkovereenkomst')).toBe(true);
    expect(documentsNamed('hoe laat begint mijn stage').size).toBe(0);
  });
});

describe('a minimum amount', () => {
  it('is not a statement of contents ("omvat ten minste 3700 klokuren")', () => {
    expect(contentsStatement('Het programma omvat ten minste 3700 klokuren onderwijs.')).toBeNull();
  });
});
