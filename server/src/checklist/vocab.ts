// Shared cue patterns. All patterns run on the lowercased, normalised text (see segment.ts `normalise`).

export const UNCLEAR =
  /\bnog (niet |nader |verder )?(af ?te spreken|afgesproken|bepaald|te bepalen|vastgesteld|vast te stellen|geregeld|te regelen|bekend|ingevuld|in te vullen|uitgewerkt|uit te werken|besproken|te bespreken|onduidelijk|niet duidelijk|beslist|besloten)|\bwordt (later|nog|t\.z\.t\.|te zijner tijd) |\bworden (later|nog) |\bvolgt (nog|later)|\bvolgen (nog|later)|\bn\.?t\.?b\.?(?![a-z])|\bnader (te )?(bepalen|in te vullen|uit te werken)|\bmoet(en)? nog (worden|besproken|afgesproken|bepaald|geregeld)|\bnog geen (afspraken|duidelijkheid|afspraak)|\bin ontwikkeling\b|\bnog in overleg\b|\bnog onbekend\b|\bnog niet (vast|duidelijk|bekend|geregeld)|\bt\.z\.t\./;

/** Template fields left empty: "Begindatum: ............" */
export const BLANK = /^[\s._…\-–—:;[\]()/]*$/;

export const STAGEISH = /stage|stagi|praktijk|leerbedrijf|leer-?werk|\blwt\b|werkplek|stageplek|snuffel/;

export const SCHOOL_SUP =
  /stageleraar|stage-?docent|docent-?begeleider|jobcoach|stagecoach|begeleidend docent|(stage)?begeleider (van|vanuit|namens|op|uit) (de |het )?(school|afdeling|vakcollege|college|praktijkschool|lyceum|scholengemeenschap)|(stage)?begeleider school|school ?begeleider|lob-?coach|loopbaancoach|stagebegeleider \(school\)|stagebegeleider van onze school/;

export const COMPANY_SUP =
  /praktijkbegeleider|praktijk-?opleider|werkbegeleider|leermeester|bedrijfsbegeleider|werkmeester|bedrijfsopleider|(stage)?begeleider (van|bij|vanuit|namens|binnen|in|op|uit) (het |de )?(stage)?(bedrijf|stagebieder|stage-?aanbieder|organisatie|instelling|leerbedrijf|praktijkplaats|werkplek|werkvloer|stageplaats|stageadres|stageplek|vereniging)|contactpersoon (van|bij|vanuit|namens|binnen|in|op) (het |de )?(stage)?(bedrijf|stagebieder|stage-?aanbieder|organisatie|instelling|leerbedrijf|praktijkplaats|stageadres|stageplaats|vereniging)|vaste begeleider|coach op de werkvloer|begeleider \((bedrijf|stagebieder|organisatie|instelling)\)|(stage)?begeleider (bedrijf|stagebieder|organisatie|instelling|leerbedrijf)|begeleider (in|op) de praktijk/;

export const PLAIN_STAGEBEGELEIDER = /stagebegeleider(s)?(?! (van|vanuit|namens|op|bij|binnen|in|uit) )(?! ?\()/;
export const COMPANY_CONTEXT =
  /(stagebieder|stage-?aanbieder|stagebedrijf|het bedrijf|de organisatie|de instelling|leerbedrijf|werkgever) (wijst|stelt|benoemt|zorgt voor)|werkzaam (is )?bij|op de werkvloer|(bij|van|in) (het|de) (stage)?(bedrijf|stagebieder|organisatie|instelling)/;
export const SCHOOL_CONTEXT = /(de school|bevoegd gezag|de afdeling) (wijst|stelt|benoemt)|namens de school|van (de )?school|bezoekt|stagebezoek|komt (op|langs)/;

export const HOST =
  /stagebieder|stage-?aanbieder|stagebedrijf|stageverlener|stageverlenende|stage-?instelling|stageadres|stageplaats|stagegever|leerbedrijf|praktijkplaats|praktijkbedrijf|\b[a-z]*bedrijf\b|\borganisatie\b|\binstelling\b|werkgever|vrijwilligersorganisatie|gastorganisatie|\bvereniging\b|leerwerkplek|leer-werkplek/;
export const SCHOOL_PARTY =
  /\bschool\b|bevoegd gezag|schoolbestuur|onderwijsinstelling|scholengemeenschap|\bcollege\b|lyceum|praktijkschool|vakcollege|\bscholen\b|namens de school|\bschool:/;
export const PUPIL_PARTY = /\bouders?\b|verzorger|wettelijk vertegenwoordiger|\bleerling|stagiair|\bdeelnemer/;

export const ROLE_WORDS: Array<[string, RegExp]> = [
  ['stagecoördinator', /stage-?co[öo]rdinator|lwt-?co[öo]rdinator|mas-?co[öo]rdinator|co[öo]rdinator (stage|maatschappelijke|lwt)/],
  ['stagebegeleider', /stagebegeleider|stageleraar|stage-?docent|docent-?begeleider|jobcoach|stagecoach|begeleidend docent/],
  ['mentor', /\bmentor/],
  ['praktijkbegeleider', /praktijkbegeleider|werkbegeleider|praktijk-?opleider|leermeester|bedrijfsbegeleider|begeleider (van|bij|op|in) (het |de )?(stage)?(bedrijf|stagebieder|werkvloer|werkplek|organisatie|instelling)/],
  ['stagebieder', /stagebieder|stage-?aanbieder|stagebedrijf|\bhet bedrijf\b|leerbedrijf/],
  ['decaan', /\bdecaan|lob-?co[öo]rdinator|loopbaanbegeleider/],
  ['vakdocent', /vakdocent|\bdocenten\b|\bdocent\b|praktijkdocent/],
  ['leiding', /teamleider|schoolleiding|afdelingsleider|directeur|locatieleider/],
  ['leerling', /\bleerlingen?\b|\bstagiair/],
  ['ouders', /\bouders?\b|verzorgers/],
];
export const TASK_VERB =
  /\b(regelt|regelen|zoekt|zoeken|bezoekt|bezoeken|begeleidt|begeleiden|beoordeelt|beoordelen|is verantwoordelijk|zijn verantwoordelijk|draagt zorg|dragen zorg|onderhoudt|onderhouden|zorgt|zorgen|co[öo]rdineert|co[öo]rdineren|plant|plannen|controleert|controleren|houdt|houden|neemt contact|nemen contact|informeert|informeren|keurt|keuren|koppelt|koppelen|bewaakt|bewaken|voert|voeren|is (het )?aanspreekpunt|zijn (het )?aanspreekpunt|is (de )?contactpersoon|tekent|tekenen|ondertekent|ondertekenen|stelt|stellen|verzorgt|verzorgen|bespreekt|bespreken|evalueert|evalueren|matcht|benadert|benaderen|bereidt|bereiden|geeft|geven|vult|vullen|legt|leggen|meldt|melden|ondersteunt|ondersteunen|volgt|volgen|verdeelt|verdelen|selecteert|werft|werven|maakt|maken|belt|bellen|schrijft|schrijven|keurt goed)\b/;

export const ORG_NEGATIVE =
  /kerst|sportdag|schoolreis|excursie|feest|ouderavond|open dag|musical|\bkamp\b|viering|diploma-?uitreiking|werkweek|toernooi|\bgala\b|sinterklaas|carnaval|schoolfeest|afscheidsavond|rapportavond|voorstelling|activiteitendag|koningsspelen|vieren|schoolfotograaf|luizen|ouderbijdrage|schoolfeest/;

export const DATE = new RegExp(
  '\\b\\d{1,2}[-/.]\\d{1,2}[-/.](\\d{4}|\\d{2})\\b|\\b\\d{1,2}\\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sept?|okt|nov|dec)\\b\\.?(\\s+\\d{4})?|\\bweek\\s*\\d{1,2}\\b',
);
export const DATE_G = new RegExp(DATE.source, 'g');
export const START_LABEL = /aanvangsdatum|begindatum|startdatum|eerste (stage)?dag|ingangsdatum|datum (van )?(aanvang|start|begin)|\bbegint op|\bstart op|\bvanaf\b|\bgaat in op|\bperiode\b/;
export const END_LABEL = /einddatum|laatste (stage)?dag|datum (van )?(einde|afloop)|\btot en met\b|\bt\/m\b|\btot\b|\beindigt op|\bloopt tot|\bperiode\b/;
export const TIME_RANGE =
  /\b\d{1,2}([.:]\d{2})?\s*(uur\s*)?(tot|-|–|t\/m)\s*\d{1,2}([.:]\d{2})?\s*uur|\b\d{1,2}[.:]\d{2}\s*(uur\s*)?(-|–|tot|t\/m)\s*\d{1,2}[.:]\d{2}|\bvan\s+\d{1,2}([.:]\d{2})?\s*(uur\s*)?tot\s+\d{1,2}([.:]\d{2})?/;
export const TIME_LABEL =
  /werktijden|stagetijden|werkuren|\btijden\b|werkrooster|stagerooster|begintijd|eindtijd|aanvangstijd|dagen en tijden|tijdstippen|\bstage-?uren\b|\buren per dag|\buur per dag|\bdagdeel|\bochtend(en)?\b|\bmiddag(en)?\b|\brooster\b/;
