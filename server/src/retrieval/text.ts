// Text normalisation shared by indexing and querying: lower case, no diacritics, Dutch stop words.

const STOPWORDS = new Set(
  (
    'de het een en of maar dat die dit deze der des den is zijn was waren wordt worden werd werden ' +
    'heb hebt heeft hebben had hadden kan kun kunt kunnen kon konden mag mogen moet moeten moest ' +
    'wil wilt willen zal zullen zou zouden ben bent word wordt ik je jij jou jouw u uw wij we ons onze ' +
    'hij zij ze haar hem hun hen men er hier daar waar wat wie welk welke wanneer hoe waarom ' +
    'in op aan bij van voor met naar uit over onder tot door om te als dan ook nog al wel niet geen ' +
    'zo veel meer meest heel erg echt toch even eens maar dus want omdat of als zodat terwijl ' +
    'mijn me mij zich zelf elk elke ieder iedere alle alles iets niets iemand niemand ' +
    'nu dan toen straks vaak soms altijd nooit the a an of to is are'
  ).split(/\s+/),
);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Words that say nothing about the topic of a question. */
const GENERIC = new Set(
  words(
    'stage stages stagiair stagiaire leerling leerlingen school scholen afdeling afdelingen onderwijs vraag vragen ' +
      'regels regel mag mogen moet moeten krijg krijgen doen gaan goed weten zeggen vertel vertellen uitleg leg uit ' +
      'graag alsjeblieft aub please hallo hoi help ik jij wat welke hoe waarom wanneer staat staan zegt zeggen ' +
      'precies eigenlijk iemand iets wel dingen ding keer nou even soort hebben heeft kunnen kun kan ' +
      'nederland nederlandse algemeen belangrijk belangrijkste volgens mijn jouw onze ons ' +
      'hoeveel tijdens laat begint beginnen begin eerst later vandaag morgen gisteren straks week weken dag dagen ' +
      'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag jaar jaren uur maand ' +
      'mee samen ander andere nieuwe nieuw goede slecht groot grote klein kleine lang lange kort korte snel beste ' +
      'kunt kun gaat ging doet deed zou zouden wil wilt willen weet vind vindt denk denkt zie ziet kom komt ' +
      'schrijf schrijven maak maken geef geven noem noemen vertel zeg zegt lees lezen ' +
      'inspectie inspecteur inspecteurs rapport onderzoek onderzochte zag gezien gevonden ' +
      'geregeld beschreven vastgelegd opgenomen genoemd loop lopen loopt liep liepen gelopen ' +
      'bedoeld verstaan betekent betekenen betekenis definitie precies weer spelen speelt speelde ' +
      'vroeg vroegen gevraagd zei zeiden kreeg kregen gekregen deed deden gedaan gingen gegaan kwam kwamen gekomen ' +
      'zagen moest moesten mocht mochten kon konden wilde wilden',
  ),
);

export function isGeneric(word: string): boolean {
  return GENERIC.has(word);
}

/** Lower case without diacritics ("coördinator" → "coordinator"). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Words of a text, folded; hyphenated words also yield their joined form ("leer-werktraject"). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of fold(text).matchAll(/[a-z0-9]+(?:[-'][a-z0-9]+)*/g)) {
    const w = m[0];
    if (w.includes('-')) {
      out.push(...w.split('-').filter(Boolean));
      out.push(w.replace(/-/g, ''));
    } else {
      out.push(w.replace(/'/g, ''));
    }
  }
  return out;
}

/** Content words: no stop words, at least two characters (keeps "pro", "vo", "bb"). */
export function contentWords(text: string): string[] {
  return words(text).filter((w) => w.length >= 2 && !STOPWORDS.has(w));
}

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * Split into sentences with offsets. Ends at . ! ? (followed by space and a capital, a bullet or end),
 * at line breaks between paragraphs and list items. Abbreviations like "o.a.", "bijv.", "art." do not end a sentence.
 */
export function sentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const boundary = /(?<!\b(?:o\.a|bijv|art|jl|nr|incl|m\.b\.t|t\.a\.v|d\.w\.z|i\.p\.v|o\.b\.v|cq|ca|blz|p|vs|dhr|mevr)\.)(?<=[.!?…:;])[”’")]*\s+(?=[A-ZÀ-Ý“‘"(•\-0-9])|\n+/g;
  let last = 0;
  const push = (end: number) => {
    const raw = text.slice(last, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) spans.push({ start: last + lead, end: last + lead + trimmed.length, text: trimmed });
  };
  for (const m of text.matchAll(boundary)) {
    const end = m.index! + (m[0].match(/^[”’")]*/)?.[0].length ?? 0);
    push(end);
    last = m.index! + m[0].length;
  }
  push(text.length);
  return spans;
}

/** Collapse all whitespace to single spaces. Quotes are verbatim modulo this. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A light Dutch stemmer for matching words across inflections and derivations ("stagevergoedingen" ~
 * "stagevergoeding", "evalueren" ~ "evalueert"), not for display. Strips one common suffix, then undoubles.
 */
export function stem(word: string): string {
  let w = word;
  // -ing and -ingen go too: "begeleiding" ~ "begeleidt" ~ "begeleiden".
  for (const suffix of ['heden', 'ingen', 'ing', 'ende', 'tjes', 'jes', 'en', 'es', 'e', 's', 't']) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) {
      w = suffix === 'heden' ? `${w.slice(0, -5)}heid` : w.slice(0, -suffix.length);
      break;
    }
  }
  w = w.replace(/([bdfgklmnprstvz])\1$/, '$1'); // stapp → stap
  w = w.replace(/([aeou])\1([^aeiou])$/, '$1$2'); // evalueer → evaluer, maak → mak
  return w.replace(/v$/, 'f').replace(/z$/, 's'); // bedrijv → bedrijf, reiz → reis
}
