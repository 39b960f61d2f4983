// Citation markers in answer text: "[1]", "[1, 3]", "[2-4]".

export const MARKER_RE = /\[\s*(\d{1,3}(?:\s*[,;–-]\s*\d{1,3})*)\s*\]/g;

/** The citation numbers in a text, in order of appearance (ranges expanded, duplicates kept). */
export function parseMarkers(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(MARKER_RE)) {
    for (const part of (m[1] as string).split(/[,;]/)) {
      const range = /^\s*(\d+)\s*[–-]\s*(\d+)\s*$/.exec(part);
      if (range) {
        const a = Number(range[1]);
        const b = Number(range[2]);
        if (b >= a && b - a < 20) for (let x = a; x <= b; x++) out.push(x);
        else out.push(a, b);
      } else out.push(Number(part.trim()));
    }
  }
  return out;
}

export function stripMarkers(text: string): string {
  return text.replace(MARKER_RE, ' ');
}
