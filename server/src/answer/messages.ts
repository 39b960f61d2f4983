import type { Answer, Persona } from '../domain.ts';

const NOT_GROUNDED: Record<Persona, string> = {
  student:
    'Daar kan ik geen antwoord op vinden in mijn bronnen. Ik gebruik alleen het rapport van de inspectie over stages en de wet over stages. ' +
    'Vraag het aan je stagebegeleider of je mentor op school. Zij kunnen je verder helpen.',
  coordinator:
    'De bronnen van Stagewijzer beantwoorden deze vraag niet. Stagewijzer gebruikt het technisch rapport van de Inspectie van het Onderwijs over stages in het vo, ' +
    'de WVO 2020 en het Uitvoeringsbesluit WVO 2020 (en uw eigen stagedocumenten). Voor andere vragen kunt u terecht bij uw bestuur, de sectororganisatie of wetten.overheid.nl.',
  inspector:
    'Het inspectierapport en de opgenomen wetsartikelen gaan hier niet over; ik vind geen passage die deze vraag beantwoordt. ' +
    'Raadpleeg andere bronnen, zoals de volledige wetstekst op wetten.overheid.nl.',
};

/** The honest answer when the sources do not cover a question: no citations. */
export function notGrounded(persona: Persona): Answer {
  return { answer: NOT_GROUNDED[persona], grounded: false, mode: 'extractive', citations: [] };
}
