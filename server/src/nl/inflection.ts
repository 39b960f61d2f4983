// Dutch verb inflection that Snowball leaves apart: "maak"/"maken", "ontwikkelt"/"ontwikkelen", "geregistreerd"/
// "registreren", "gepraat"/"praten", "werkte"/"werken", "gelopen"/"lopen". Candidate infinitives, to be checked
// against a vocabulary; bounded (a handful of candidates per word).
import { MAX_TOKEN } from './limits.ts';

const VOWELS = 'aeiou';

/** "maak" → "mak", "registreer" → "registrer": a long vowel before a final consonant is written single before -en. */
function single(stemmed: string): string {
  const n = stemmed.length;
  if (n >= 3 && stemmed[n - 2] === stemmed[n - 3] && VOWELS.includes(stemmed[n - 2]!) && !VOWELS.includes(stemmed[n - 1]!)) {
    return stemmed.slice(0, n - 3) + stemmed[n - 2] + stemmed[n - 1];
  }
  return stemmed;
}

/** "werk" → "werken", "maak" → "maken", "leef" → "leven", "reis" → "reizen"; "zie" → "zien", "gaa" → "gaan". */
function infinitiveOf(stemmed: string): string[] {
  const s = single(stemmed);
  const out = [`${s}en`, `${stemmed}en`];
  // A stem ending in a long vowel takes only -n: "voorziet" → "voorzien", "doet" → "doen", "staat" → "staan".
  if (/(?:ie|oe|ee|aa|oo|uu)$/.test(stemmed)) out.push(`${stemmed}n`);
  if (s.endsWith('f')) out.push(`${s.slice(0, -1)}ven`);
  if (s.endsWith('s')) out.push(`${s.slice(0, -1)}zen`);
  // A short vowel doubles its consonant: "zit" → "zitten", "stop" → "stoppen".
  const last = s.at(-1)!;
  if (s.length >= 3 && !VOWELS.includes(last) && VOWELS.includes(s.at(-2)!) && !VOWELS.includes(s.at(-3)!)) out.push(`${s}${last}en`);
  return out;
}

/** Infinitives a word form may belong to (the word itself first). Only for words of 3..MAX_TOKEN letters. */
export function verbCandidates(word: string): string[] {
  const w = word.toLowerCase();
  if (w.length < 3 || w.length > MAX_TOKEN) return [w];
  const out = new Set<string>([w]);
  const bases: string[] = [w];
  // Participles: ge…d / ge…t / ge…en (also after a separable prefix: "opgeslagen", "aangeboden").
  const ge = /^(aan|af|bij|door|in|mee|na|om|op|over|toe|uit|voor|weg)?ge(.{2,})$/.exec(w);
  if (ge) {
    const rest = ge[2]!;
    const prefix = ge[1] ?? '';
    // "geregistreerd" → registreer; "gepraat" → praat (a stem ending in t takes no second t).
    if (/[dt]$/.test(rest)) bases.push(prefix + rest.slice(0, -1), prefix + rest);
    if (rest.endsWith('en')) out.add(prefix + rest);
  }
  // Past tense: -de(n) / -te(n).
  const past = /^(.{2,}?)(de|te|den|ten)$/.exec(w);
  if (past) bases.push(past[1]!);
  // Present: -t, -dt.
  if (/[^aeiou]t$/.test(w) || /(?:ie|oe|ee|aa|oo|uu)t$/.test(w) || w.endsWith('dt')) bases.push(w.slice(0, -1));
  for (const b of bases) for (const inf of infinitiveOf(b)) out.add(inf);
  return [...out];
}
