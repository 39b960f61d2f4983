// The list of what a document must at least contain, told from lists that add to it and from other text.
import { describe, expect, it } from 'vitest';
import { documentsNamed, minimumContentsLeadIn, statesMinimumContents } from './enumeration.ts';

describe('a list of minimum contents', () => {
  it.each([
    'Het werkplan omvat in elk geval:\n\na. de doelen;\n\nb. de planning.',
    'Een convenant als bedoeld in artikel 4.12 van de wet bevat ten minste:\n\n1. de partijen;\n\n2. de looptijd.',
    'Het verslag vermeldt in ieder geval: - de datum - de deelnemers',
    'De overeenkomst omvat ten minste afspraken over:',
  ])('is stated by a lead-in that names a minimum: %s', (text) => {
    expect(statesMinimumContents(text)).toBe(true);
  });

  it.each([
    'De stageovereenkomst bepaalt ook:\n\na. wie de verzekering sluit;\n\nb. wie de premie betaalt.',
    'Leerlingen noemen twee dingen: het rooster en de reistijd.',
    'In elk geval is de stage verplicht. Daarna volgt:\n\na. een gesprek.',
  ])('is not stated by a list that adds to another, or by a colon in running text: %s', (text) => {
    expect(statesMinimumContents(text)).toBe(false);
  });

  it('reads an article number as one word in the lead-in', () => {
    expect(minimumContentsLeadIn('Een overeenkomst als bedoeld in 2.32 van de wet omvat in elk geval:\n\na. de leerdoelen.')).toContain('Een overeenkomst');
  });

  it("names documents with the kit's titles, lay words included", () => {
    expect([...documentsNamed('wat moet er in mijn stagecontract')]).toEqual(['stageovereenkomst']);
    expect(documentsNamed('wat staat er in een lwt-overeenkomst').has('leerwerkovereenkomst')).toBe(true);
    expect(documentsNamed('hoe laat begint mijn stage').size).toBe(0);
  });
});
