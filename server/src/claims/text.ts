// Dutch text helpers for claim checking: tokenising, light stemming, synonyms, sentence splitting.

const STOPWORDS = new Set(
  (
    'de het een en of in op aan te ten ter van voor door met bij uit naar om tot over onder tegen tussen na als dan dat die dit deze ' +
    'er hier daar waar wat wie welke hoe ook nog al wel zo maar want omdat terwijl doordat zodat indien mits hun hen hij zij ze we wij ' +
    'ik je jij u zijn haar hem mijn ons onze jullie is zijn was waren wordt worden werd werden zijn heeft hebben had hadden kan kunnen ' +
    'kon konden zal zullen zou zouden moet moeten mag mogen hoeft hoeven wil willen gaat gaan ging gingen doet doen deed blijkt blijken ' +
    'volgens aldus namelijk echter dus toch immers zelf zelfs eigen andere ander anders elkaar men iets dingen sprake manier wijze ' +
    'geeft geven gaf gaven aangeven aangegeven geeft noemt noemen genoemd zegt zeggen zei stelt stellen laat laten komt komen kwam ' +
    'inspectie rapport onderzoek onderzoeken onderzocht onderzochte bezochte bezocht uit blijkt blijken concludeert constateert ' +
    'meer minder heel erg zeer vrij redelijk best echt ongeveer circa rond zo\'n ruim bijna nagenoeg vrijwel zowat krap slechts alleen ' +
    'alle allemaal iedere ieder elke elk meeste merendeel meerderheid minderheid helft deel aantal enkele enkel sommige meerdere ' +
    'verschillende veel vele weinig weinige geen niet nooit altijd vaak soms zelden nauwelijks amper niemand nergens overal ' +
    'procent percentage keer jaar jaren één twee drie vier vijf zes zeven acht negen tien elf twaalf kwart derde vijfde tiende ' +
    'betreft betreffende inzake rondom omtrent aldaar daarbij daarvan daarin daarmee hierbij hiervan hierin wanneer toen nu dan reeds al ' +
    'minimaal maximaal tenminste minstens hooguit hoogste minste ten voordat nadat zodra totdat hoewel tijdens gedurende via per sinds vanaf ' +
    'vanuit bovendien daarnaast tevens ongeveer circa zowel beide welk'
  ).split(/\s+/),
);

/** Lower case, strip diacritics, normalise quotes and dashes. */
export function fold(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u201a\u2032`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-');
}

/** Strong verbs of the domain: participle and past forms → infinitive ("gesloten" → "sluiten", "aangeboden" → "aanbieden"). */
const STRONG_VERBS: Array<[RegExp, string]> = [
  [/(?:ge)?sloten$|sloot$/, 'sluiten'],
  [/(?:ge)?boden$|bood$|biedt$/, 'bieden'],
  [/(?:ge)?vonden$|vond$/, 'vinden'],
  [/geschreven$|schreef$|schreven$/, 'schrijven'],
  [/gekregen$|kreeg$|kregen$/, 'krijgen'],
  [/genomen$/, 'nemen'],
  [/gegeven$/, 'geven'],
  [/begonnen$|begon$/, 'beginnen'],
  [/(?:ge)?sproken$|sprak$|spraken$/, 'spreken'],
  [/(?:ge)?zocht$/, 'zoeken'],
  [/gebracht$|bracht$|brachten$/, 'brengen'],
];

/** Light Dutch stemmer: enough to unify plural/verb/adjective forms of the same word. */
export function stem(word: string): string {
  for (const [form, infinitive] of STRONG_VERBS) {
    if (form.test(word) && word.length >= 4) {
      word = word.replace(form, infinitive);
      break;
    }
  }
  return stemRaw(word).replace(/([aeou])\1/g, '$1');
}

function stemRaw(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  // uren/klokuren/stage-uren -> uur
  if (w.endsWith('uren') && !w.endsWith('kuren')) return w.slice(0, -4) + 'uur';
  if (w === 'klokuren' || w.endsWith('klokuren')) return w.slice(0, -4) + 'uur';
  if (w.endsWith('heden')) return w.slice(0, -5) + 'heid';
  if (w.endsWith('ingen') && w.length > 7) return undouble(w.slice(0, -5));
  if (w.endsWith('ing') && w.length > 6) return undouble(w.slice(0, -3));
  if (w.endsWith('ties') || w.endsWith('sies')) return w.slice(0, -1);
  if (w.startsWith('ge') && w.length > 7 && /(?:d|t)$/.test(w) && !/(?:heid|ing)$/.test(w)) w = w.slice(2);
  for (const suf of ['erende', 'erend', 'eerden', 'eerde', 'eerd', 'eert', 'eren']) {
    if (w.endsWith(suf) && w.length - suf.length >= 4) return w.slice(0, -suf.length) + 'eer';
  }
  // simple past: volgden/werkten -> volg/werk, volgde -> volg
  if (/[^aeiou](?:den|ten)$/.test(w) && w.length > 6 && !w.endsWith('tten') && !w.endsWith('dden')) return w.slice(0, -3);
  if (/[^aeiou](?:de|te)$/.test(w) && w.length > 5 && !/(?:ste|nde|rde|lde)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('en') && w.length > 5) {
    w = w.slice(0, -2);
    w = undouble(w);
    if (w.endsWith('v')) w = w.slice(0, -1) + 'f';
    if (w.endsWith('z')) w = w.slice(0, -1) + 's';
    return w;
  }
  if (w.endsWith('s') && w.length > 5 && !/[aeious]s$/.test(w.slice(-2)) && !w.endsWith('ss')) {
    return w.slice(0, -1);
  }
  if (w.endsWith('e') && w.length > 5 && !w.endsWith('ie') && !w.endsWith('ee')) {
    w = w.slice(0, -1);
    w = undouble(w);
    if (w.endsWith('v')) w = w.slice(0, -1) + 'f';
    if (/[^aeiou]e[rl]d$/.test(w) && w.length > 6) w = w.slice(0, -1); // benaderde -> benader
    return w;
  }
  if ((w.endsWith('dt') || w.endsWith('ld') || w.endsWith('rd')) && w.length > 6 && !w.endsWith('ard')) {
    // verzameld -> verzamel, gevormd stays similar
    if (w.endsWith('dt')) return w.slice(0, -1);
    if (w.endsWith('eld')) return w.slice(0, -1);
  }
  if (/[^aeiou]e[rl]d$/.test(w) && w.length > 6) {
    return w.slice(0, -1); // benaderd -> benader, verzameld -> verzamel
  }
  if (w.endsWith('t') && w.length > 6 && /[^aeiout]t$/.test(w) && !w.endsWith('cht') && !w.endsWith('st') && !w.endsWith('nt')) {
    return w.slice(0, -1);
  }
  return w;
}

function undouble(w: string): string {
  if (w.length > 3 && /([bdfgklmnprst])\1$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Canonical concept ids for words that journalists and the report use interchangeably. */
const SYNONYM_GROUPS: string[][] = [
  ['school', 'afdeling', 'vestiging', 'locatie', 'scholen'],
  ['stagebedrijf', 'stageaanbieder', 'stagebieder', 'bedrijf', 'werkgever', 'leerbedrijf', 'organisatie', 'aanbieder', 'stageplek', 'stageplaats', 'werkplek'],
  ['leerling', 'scholier', 'jongere', 'stagiair', 'stagiaire', 'pupil', 'kind'],
  ['schoolleiding', 'schoolleider', 'directie', 'directeur', 'management', 'leidinggevende'],
  ['stagebegeleider', 'begeleider', 'stageleraar', 'stagedocent', 'jobcoach'],
  ['praktijkbegeleider', 'werkbegeleider', 'leermeester'],
  ['stagecoordinator', 'coordinator'],
  ['leerwerktraject', 'lwt', 'leer-werktraject', 'leerwerktrajec'],
  ['praktijkonderwijs', 'pro'],
  ['evaluatie', 'evaluer', 'evalueer', 'evaluatieformulier'],
  ['stageovereenkomst', 'stagecontract', 'contract', 'overeenkomst'],
  ['stageplan', 'stagebeleid', 'beleid', 'stagebeleidsplan'],
  ['stagetekort', 'tekort', 'gebrek', 'schaarste'],
  ['discriminatie', 'stagediscriminatie', 'gediscrimineerd', 'discrimineer'],
  ['stagemisbruik', 'misbruik', 'uitbuiting', 'goedkope'],
  ['onveiligheid', 'onveilig', 'intimidatie', 'grensoverschrijdend'],
  ['reiskost', 'reiskostenvergoeding', 'reisgeld', 'reiskosten', 'ov-kost'],
  ['stagevergoeding', 'vergoeding', 'betaling', 'beloning', 'loon', 'salaris', 'betaald'],
  ['aandachtspunt', 'probleem', 'knelpunt', 'zorg', 'issue', 'punt'],
  ['beoordeling', 'beoordeel', 'beoordeeld', 'becijfer', 'cijfer'],
  ['competentielijst', 'competentie', 'competentiemeter'],
  ['uur', 'klokuur'],
  ['stagebezoek', 'bezoek', 'langs'],
  ['erkend', 'erkenning', 'erkende'],
  ['wettelijk', 'wet', 'verplicht', 'wettelijke'],
  ['tevreden', 'positief', 'blij'],
  ['doel', 'stagedoel', 'leerdoel', 'doelstelling'],
  ['vragenlijst', 'enquete', 'survey'],
  ['beantwoord', 'ingevuld', 'invullen', 'invul'],
  ['beroepsorienterend', 'beroepsorientatie', 'beroepsorienter', 'beroepsorienterende', 'orientatiestage', 'snuffelstage'],
  ['samenwerkingsovereenkomst', 'samenwerking', 'samenwerk'],
  ['trend', 'stijg', 'stijgt', 'stijgen', 'gestegen', 'daal', 'daalt', 'dalen', 'gedaald', 'toenem', 'toeneemt', 'toegenomen', 'afneemt', 'afnemen', 'afgenomen', 'groei', 'groeit', 'gegroeid', 'krimpt', 'gekrompen'],
  ['dataverzameling', 'verzamel', 'verzameld', 'verzameling', 'data', 'gegeven', 'gegevens'],
];

const SYNONYM_OF = new Map<string, string>();
for (const group of SYNONYM_GROUPS) {
  const canon = stem(fold(group[0]!));
  for (const w of group) SYNONYM_OF.set(stem(fold(w)), canon);
}

export function hasSynonyms(stemmed: string): boolean {
  return SYNONYM_OF.has(stemmed);
}

export function canonical(stemmed: string): string {
  return SYNONYM_OF.get(stemmed) ?? stemmed;
}

export interface Token {
  raw: string; // folded surface form
  stem: string;
  start: number; // offset in the original string
  end: number;
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’\-/]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/** All word tokens (including stopwords) with offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const raw = fold(m[0]);
    out.push({ raw, stem: stem(raw), start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

export function isStopword(folded: string): boolean {
  return STOPWORDS.has(folded);
}

/**
 * Content terms of a text: stemmed, stopwords and numbers removed, hyphenated compounds both
 * kept whole and split ("vmbo-afdelingen" -> vmbo-afdeling, vmbo, afdeling).
 */
const stemCache = new Map<string, string>();
function cachedStem(w: string): string {
  let s = stemCache.get(w);
  if (s === undefined) {
    s = stem(w);
    if (stemCache.size < 50_000) stemCache.set(w, s);
  }
  return s;
}

export function contentTerms(text: string): string[] {
  const out: string[] = [];
  const folded = fold(text);
  for (const m of folded.matchAll(/[a-z0-9][a-z0-9'\-/]*[a-z0-9]|[a-z0-9]/g)) {
    const raw = m[0];
    if (STOPWORDS.has(raw) || /^\d/.test(raw)) continue;
    if (raw.includes('-') || raw.includes('/')) {
      const parts = raw.split(/[-/]/).filter((p) => p.length > 0);
      out.push(cachedStem(parts.join('')));
      for (const p of parts) if (!STOPWORDS.has(p) && p.length > 1 && !/^\d/.test(p)) out.push(cachedStem(p));
    } else if (raw.length > 1) {
      out.push(cachedStem(raw));
    }
  }
  return out;
}

/** Whether two stems match: equal, same concept, or a Dutch compound that ends with the other. */
export function stemsMatch(claimStem: string, passageStem: string): number {
  if (claimStem === passageStem) return 1;
  if (canonical(claimStem) === canonical(passageStem)) return 0.9;
  // Compounds: "dataverzameling" contains head "verzameling"; never treat "ontevreden" as "tevreden".
  if (claimStem.length >= 5 && passageStem.length > claimStem.length && passageStem.endsWith(claimStem)) {
    const pre = passageStem.slice(0, passageStem.length - claimStem.length);
    if (pre === 'on' || pre === 'niet' || pre === 'non' || pre === 'in') return 0;
    return 0.8;
  }
  if (passageStem.length >= 5 && claimStem.length > passageStem.length && claimStem.endsWith(passageStem)) {
    const pre = claimStem.slice(0, claimStem.length - passageStem.length);
    if (pre === 'on' || pre === 'niet' || pre === 'non') return 0;
    return 0.7;
  }
  // A longer passage word starting with the claim word (vooraf / voorafgaand).
  if (claimStem.length >= 6 && passageStem.startsWith(claimStem) && passageStem.length - claimStem.length <= 6) return 0.5;
  // Shared long prefix (evalueert / evaluatie, beroepsorienterende / beroepsorientatie).
  if (claimStem.length >= 7 && passageStem.length >= 7) {
    let i = 0;
    while (i < claimStem.length && i < passageStem.length && claimStem[i] === passageStem[i]) i++;
    if (i >= 7 && i >= Math.min(claimStem.length, passageStem.length) - 3) return 0.7;
  }
  return 0;
}

export interface Sentence {
  text: string; // verbatim slice
  start: number; // offset in the source text
  end: number;
}

/**
 * Split text into sentences with offsets. Breaks at line breaks (paragraphs, bullets, table rows,
 * sub-headings are separate lines in the cleaned report) and at . ! ? followed by whitespace and an
 * upper case letter, digit or quote. Abbreviations like "o.a." and "bijv." are kept.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const n = text.length;
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /[\s•]/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
    start = end;
  };
  for (let i = 0; i < n; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      continue;
    }
    if (ch === '.' || ch === '!' || ch === '?') {
      const rest = text.slice(i + 1, i + 5);
      const atEnd = i + 1 >= n || /^[ \t]*(?:\n|$)/.test(rest);
      if (atEnd) continue; // the line break will split
      if (!/^[”’")]*[ \t]+[\p{Lu}\d“"‘(•]/u.test(rest)) continue;
      const before = text.slice(Math.max(0, i - 8), i + 1).toLowerCase();
      if (/(?:^|[\s(])(?:o\.a|bijv|bv|d\.w\.z|m\.b\.t|i\.v\.m|o\.b\.v|cq|nr|art|ca|zgn|resp|t\.a\.v|i\.p\.v)\.$/.test(before)) continue;
      let j = i + 1;
      while (j < n && /[”’")]/.test(text[j]!)) j++;
      push(j);
    }
  }
  push(n);
  return out;
}

/** A short line without closing punctuation: a sub-heading like "Stagediscriminatie". */
export function isHeadingLine(s: string): boolean {
  const t = s.trim();
  return t.length > 0 && t.length <= 90 && !/[.!?:;,)]$/.test(t) && t.split(/\s+/).length <= 10 && /^[\p{Lu}]/u.test(t);
}

/** Collapse whitespace (for comparing quotes with source text). */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
