// Recommendations from the inspectorate report (never legal requirements). Only what the document does not already do.
import type { Doc } from './segment.ts';
import { RECOMMENDATION_LABEL, type DocumentKind, type Recommendation } from './types.ts';

interface RecDef {
  id: string;
  kinds: DocumentKind[];
  vmbo: string; // report section for vmbo
  pro: string; // report section for praktijkonderwijs
  text: string;
  /** The document already does this. */
  done: (doc: Doc) => boolean;
}

const has = (doc: Doc, re: RegExp): boolean => doc.hits(re).length > 0;
const sameUnit = (doc: Doc, a: RegExp, b: RegExp): boolean => doc.hits(a).some((i) => b.test(doc.str(i)));

const RECS: RecDef[] = [
  {
    id: 'rec.evaluatie', kinds: ['stageplan', 'leerwerkovereenkomst'], vmbo: '8.1', pro: '8.2',
    text: 'Beschrijf hoe de stages en het stagebeleid structureel worden geëvalueerd, met leerlingen, praktijkbegeleiders en vakdocenten, en hoe de uitkomsten tot bijstelling leiden (pdca-cyclus). De inspectie zag dat de meeste afdelingen stages niet formeel en structureel evalueren en deze groepen zelden bevragen.',
    done: (doc) => {
      const ev = doc.hits(/evalu|enqu[eê]te|vragenlijst|tevredenheid/);
      if (ev.length === 0) return false;
      const secs = new Set(ev.map((i) => doc.units[i]!.section));
      const text = [...secs].flatMap((s) => [doc.sections[s]!.heading, ...doc.sections[s]!.body]).filter((i) => i >= 0).map((i) => doc.str(i)).join(' ');
      const all = ev.map((i) => doc.str(i)).join(' ') + ' ' + text;
      return /leerling/.test(all) && /praktijkbegeleider|stagebieder|stagebedrijv|bedrijven|werkbegeleider|leerbedrij/.test(all) && /pdca|bijstel|verbeter|aanpass|plan-do|jaarlijks/.test(all);
    },
  },
  {
    id: 'rec.doelgericht', kinds: ['stageplan', 'stageovereenkomst', 'mas-overeenkomst'], vmbo: '7.1.3', pro: '7.2.3',
    text: 'Gebruik de stagedoelen ook tijdens en na de stage: laat leerlingen er tussentijds en in het eindgesprek op reflecteren. De inspectie zag dat doelen aan het begin worden besproken, maar daarna nauwelijks worden gebruikt.',
    done: (doc) => sameUnit(doc, /leerdoel|stagedoel|persoonlijke doel|\bdoelen\b/, /reflect|tussentijds|terugkom|eindgesprek|evalu|bespreken|besproken|voortgang|bijgesteld/),
  },
  {
    id: 'rec.screening', kinds: ['stageplan'], vmbo: '7.1.2', pro: '7.2.2',
    text: 'Beschrijf hoe stagebedrijven vooraf worden gescreend op geschiktheid (begeleiding, veiligheid, passende werkzaamheden). De inspectie zag dat weinig vmbo-afdelingen dat doen.',
    done: (doc) => has(doc, /screen|(controleert|controleren|beoordeelt|beoordelen|checkt|checken|toetst|toetsen|bezoekt|bezoeken)[^.]{0,50}(stagebedrij|stageplaats|stageplek|bedrij|leerbedrij)[^.]{0,40}(vooraf|voordat|geschikt|eisen|voorwaarden)|geschiktheid van (de |het )?(stage)?(bedrij|plaats|plek)|erkend leerbedrijf|voorwaarden (aan|voor) (de |een )?(stage)?(plaats|plek|bedrijf)|goedgekeurd door|geschikte stageplaats/),
  },
  {
    id: 'rec.beoordelingsschaal', kinds: ['stageplan', 'stageovereenkomst'], vmbo: '6.1.3', pro: '6.2.3',
    text: 'Maak de competenties en de beoordelingsschaal concreet: beschrijf per competentie wat onvoldoende, voldoende en goed is, zodat leerling en praktijkbegeleider weten wat er verwacht wordt. De inspectie zag grote verschillen en vaak onduidelijke verwachtingen.',
    done: (doc) => has(doc, /beoordelingsschaal|rubric|beoordelingscriteria|(per|elke) competentie|observatiecriteria|onvoldoende[^.]{0,60}voldoende[^.]{0,60}goed|niveaubeschrijving|criteria per/),
  },
  {
    id: 'rec.stagediscriminatie', kinds: ['stageplan', 'stageovereenkomst', 'leerwerkovereenkomst'], vmbo: '10.1', pro: '10.2',
    text: 'Beschrijf wat stagediscriminatie en sociale onveiligheid zijn, waar leerlingen dit kunnen melden (bijvoorbeeld bij de stagebegeleider van school of een vertrouwenspersoon) en hoe de school meldingen bijhoudt. De inspectie zag dat afdelingen dit niet definiëren of registreren.',
    done: (doc) => has(doc, /discriminatie|meldpunt|vertrouwenspersoon|ongewenst gedrag|sociale (on)?veiligheid|intimidatie|grensoverschrijdend/),
  },
  {
    id: 'rec.vergoeding', kinds: ['stageplan', 'stageovereenkomst', 'leerwerkovereenkomst'], vmbo: '10.1', pro: '10.2',
    text: 'Leg vast hoe de school omgaat met stagevergoeding en reiskosten, zodat alle leerlingen gelijke kansen hebben. De inspectie zag dat een gezamenlijk beleid ontbreekt en dat dit ongelijkheid veroorzaakt.',
    done: (doc) => has(doc, /stagevergoeding|reiskosten|reiskostenvergoeding|vergoeding/),
  },
  {
    id: 'rec.lwt-erkenning', kinds: ['leerwerkovereenkomst'], vmbo: '9.2.1', pro: '9.2.1',
    text: 'Controleer vóór de start in het register van SBB of het leerbedrijf erkend is en neem het erkenningsnummer op. De inspectie trof leer-werktrajecten aan bij niet-erkende bedrijven.',
    done: (doc) => has(doc, /sbb|erkenningsnummer|registratienummer/),
  },
  {
    id: 'rec.lwt-samenwerking', kinds: ['leerwerkovereenkomst'], vmbo: '9.2.4', pro: '9.2.4',
    text: 'Verwijs naar de samenwerkingsovereenkomst met de mbo-instelling (WVO 2020 art. 2.104) en leg vast wie de kwaliteit van het leer-werktraject bewaakt, zodat de kennis niet bij één persoon ligt. De inspectie zag dat die samenwerkingsovereenkomst soms ontbrak.',
    done: (doc) => has(doc, /samenwerkingsovereenkomst|\bmbo-?(instelling|school)|roc\b/),
  },
];

export function recommend(doc: Doc, kind: DocumentKind): Recommendation[] {
  const pro = doc.hits(/praktijkonderwijs|praktijkschool|\bpro-?(leerling|afdeling|school)/).length > 0;
  return RECS.filter((r) => r.kinds.includes(kind) && !r.done(doc)).map((r) => ({
    id: r.id,
    text: r.text,
    section: pro ? r.pro : r.vmbo,
    label: RECOMMENDATION_LABEL,
  }));
}
