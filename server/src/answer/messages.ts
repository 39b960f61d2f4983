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

const OUTSIDE: Record<Persona, string> = {
  student: 'Dit staat niet in mijn bronnen: die gaan over stages op het vmbo, het praktijkonderwijs en in leer-werktrajecten.',
  coordinator: 'Dit valt buiten de bronnen van Stagewijzer (het inspectierapport over stages in het vo, de WVO 2020 en het Uitvoeringsbesluit WVO 2020).',
  inspector: 'Dit valt buiten het inspectierapport en de opgenomen wetsartikelen.',
};

const ASK_WHOLE: Record<Persona, string> = {
  student: 'Ik weet niet precies waar je vraag over gaat. Kun je je hele vraag stellen? Bijvoorbeeld: "Krijg ik geld voor mijn stage?"',
  coordinator: 'Ik kan deze vervolgvraag niet plaatsen. Wilt u de hele vraag stellen? Bijvoorbeeld: "Wat moet er in een stageovereenkomst staan?"',
  inspector: 'Ik kan deze vervolgvraag niet plaatsen. Wilt u de hele vraag stellen? Bijvoorbeeld: "Hoeveel vmbo-afdelingen evalueren hun stages?"',
};

/** The honest answer when the sources do not cover a question: no citations, and where to go instead. */
export function notGrounded(persona: Persona, redirect?: string): Answer {
  const answer = redirect ? `${OUTSIDE[persona]} ${redirect}` : NOT_GROUNDED[persona];
  return { answer, lead: answer, grounded: false, mode: 'extractive', citations: [] };
}

/** A follow-up that cannot be placed: ask for the whole question instead of refusing. */
export function askWholeQuestion(persona: Persona): Answer {
  return { answer: ASK_WHOLE[persona], lead: ASK_WHOLE[persona], grounded: false, mode: 'extractive', citations: [] };
}
