// Whitespace-tolerant text-quote anchoring: finds an evidence quote in (possibly changed) text.

export interface TextSpan {
  start: number;
  end: number;
}

interface Normalised {
  text: string;
  /** map[i] = offset in the original text of normalised character i; map[len] = original length. */
  map: Int32Array;
}

/** Collapses whitespace runs to one space, trims, and unifies typographic quotes and dashes. */
export function normalise(text: string): Normalised {
  const out: string[] = [];
  const map = new Int32Array(text.length + 1);
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    let c = text[i]!;
    if (/\s/.test(c)) {
      if (n > 0) pendingSpace = true;
      continue;
    }
    if (pendingSpace) {
      map[n] = i - 1;
      out.push(' ');
      n++;
      pendingSpace = false;
    }
    if (c === '\u2018' || c === '\u2019') c = "'";
    else if (c === '\u201c' || c === '\u201d') c = '"';
    else if (c === '\u2013' || c === '\u2014') c = '-';
    else if (c === '\u00ad') continue; // soft hyphen
    map[n] = i;
    out.push(c);
    n++;
  }
  map[n] = text.length;
  return { text: out.join(''), map: map.subarray(0, n + 1) };
}

/**
 * Finds `quote` in `text`. Exact match at the hinted offsets is the fast path; otherwise the quote
 * is searched with whitespace normalised on both sides and the occurrence nearest `hint` wins.
 */
export function findQuote(text: string, quote: string, hint?: TextSpan): TextSpan | null {
  if (!quote.trim()) return null;
  if (hint && text.slice(hint.start, hint.end) === quote) return { start: hint.start, end: hint.end };
  const nt = normalise(text);
  const nq = normalise(quote).text;
  let best: TextSpan | null = null;
  let bestDistance = Infinity;
  for (let i = nt.text.indexOf(nq); i !== -1; i = nt.text.indexOf(nq, i + 1)) {
    const start = nt.map[i]!;
    const end = nt.map[i + nq.length - 1]! + 1;
    const distance = hint ? Math.abs(start - hint.start) : 0;
    if (distance < bestDistance) {
      best = { start, end };
      bestDistance = distance;
      if (!hint) break;
    }
  }
  if (!best && nq.length > 60) {
    // The document changed inside the quote: anchor on its beginning and end separately.
    const head = nq.slice(0, 30);
    const tail = nq.slice(-30);
    const h = nt.text.indexOf(head);
    if (h !== -1) {
      const t = nt.text.indexOf(tail, h + head.length);
      if (t !== -1 && t - h < nq.length * 2) return { start: nt.map[h]!, end: nt.map[t + tail.length - 1]! + 1 };
    }
  }
  return best;
}
