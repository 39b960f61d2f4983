// Example questions per persona, phrased the way that user would ask.
import type { Persona } from '@stagewijzer/server/contract';

/** With one of the school's own documents attached. */
export const documentQuestions: string[] = ['Voldoet dit document aan de wet?', 'Wat ontbreekt er nog?', 'Staat erin hoe vaak de stagebegeleider langskomt?'];

export const exampleQuestions: Record<Persona, string[]> = {
  student: [
    'Mag mijn stagebedrijf mij laten werken zonder dat iemand me helpt?',
    'Krijg ik geld voor mijn stage?',
    'Wie betaalt mijn reiskosten naar mijn stage?',
    'Wat kan ik doen als ik op mijn stage word gediscrimineerd?',
    'Bij wie kan ik terecht als ik me niet veilig voel op mijn stage?',
  ],
  coordinator: [
    'Wat moet er volgens de wet in een stageovereenkomst staan?',
    'Wat moet een stageplan in het vmbo bevatten?',
    'Hoeveel uur moet een leer-werktraject buiten school zijn?',
    'Hoe evalueren scholen hun stages volgens de inspectie?',
    'Moeten we stagebedrijven vooraf screenen?',
  ],
  inspector: [
    'Hoeveel vmbo-afdelingen evalueren hun stagebeleid structureel?',
    'Wat zag de inspectie bij leer-werktrajecten op niet-erkende leerbedrijven?',
    'Hoe kijken schoolleiders en leerlingen verschillend naar stagemisbruik?',
    'Welke soorten stages konden vmbo-leerlingen doen?',
    'Registreren scholen stagediscriminatie?',
  ],
};
