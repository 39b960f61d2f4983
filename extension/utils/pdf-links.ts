// Links to PDF stage documents: they get a hint to open them in Stagewijzer's own viewer (the
// browser's viewer cannot be checked). Which names count as a stage document is data (lexicon).
import { fold } from '../../server/src/nl/normalize';
import names from './lexicon/stage-document-names.json';
import { isPdfUrl } from './pdf-url';

const WORDS = new Set(names.words.filter((w) => !w.includes(' ')));
const PHRASES = names.words.filter((w) => w.includes(' '));
/** At most this many links are looked at on one page. */
const MAX_LINKS = 2000;

/** Whether a link text or file name names a stage document. */
export function namesStageDocument(text: string): boolean {
  const f = fold(text).replace(/[_+.]/g, ' ');
  if (PHRASES.some((p) => f.includes(p))) return true;
  for (const word of f.split(/[^a-z0-9-]+/)) {
    if (WORDS.has(word)) return true;
    // File names glue words together with dashes: "stageovereenkomst-leerjaar3".
    if (word.includes('-') && word.split('-').some((w) => WORDS.has(w))) return true;
  }
  return false;
}

/** The links on a page to PDFs that name a stage document. */
export function stagePdfLinks(doc: Document): HTMLAnchorElement[] {
  const out: HTMLAnchorElement[] = [];
  const links = doc.querySelectorAll<HTMLAnchorElement>('a[href]');
  for (let i = 0; i < links.length && i < MAX_LINKS; i++) {
    const a = links[i]!;
    if (!isPdfUrl(a.href)) continue;
    const file = decodeURIComponent(new URL(a.href).pathname.split('/').pop() ?? '');
    if (namesStageDocument(`${a.textContent ?? ''} ${a.title} ${file}`)) out.push(a);
  }
  return out;
}
