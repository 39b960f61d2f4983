// One checked document: its text map, the checklist result, and evidence anchoring.
import { findQuote } from '@stagewijzer/server/contract';
import { checkDocument as defaultCheck, DEFAULT_EXPECTED_LOCATION } from './checklist';
import type { CheckDocument, CheckResult, RequirementResult } from './checklist';
import { extractText, patchTextNodes, rangeFromOffsets } from './text-map';
import type { TextMap } from './text-map';

export type CheckDocumentAsync = (text: string) => Promise<CheckResult>;

export interface Located {
  range: Range | null;
  /** Dutch feedback for the panel. */
  notice: string | null;
}

export class DocumentCheck {
  map: TextMap;
  result: CheckResult;
  private evidenceCursor = new Map<string, number>();

  constructor(
    readonly root: Element,
    private readonly check: CheckDocument = defaultCheck,
    map?: TextMap,
  ) {
    this.map = map ?? extractText(root);
    this.result = this.check(this.map.text);
  }

  private seq = 0;

  /** Creates a check whose checklist run happens elsewhere (the background), off the page's thread. */
  static async create(root: Element, checkAsync: CheckDocumentAsync): Promise<DocumentCheck> {
    const map = extractText(root);
    const result = await checkAsync(map.text);
    return new DocumentCheck(root, () => result, map);
  }

  /**
   * Re-extracts (cheap, on the page's thread) and re-checks asynchronously. Returns false when the
   * text did not change or a newer refresh superseded this one.
   */
  async refreshAsync(checkAsync: CheckDocumentAsync, changedTextNodes?: Set<Text>): Promise<boolean> {
    const map = (changedTextNodes && patchTextNodes(this.map, changedTextNodes)) || extractText(this.root);
    if (map.text === this.map.text) {
      this.map = map;
      return false;
    }
    this.map = map;
    const seq = ++this.seq;
    const result = await checkAsync(map.text);
    if (seq !== this.seq) return false;
    this.result = result;
    return true;
  }

  /** Re-extracts and re-checks; returns false when the text did not change (no re-check needed). */
  refresh(): boolean {
    const map = extractText(this.root);
    if (map.text === this.map.text) {
      this.map = map; // nodes may have been replaced with the same text
      return false;
    }
    this.map = map;
    this.result = this.check(map.text);
    return true;
  }

  /** Finds the evidence of a requirement in the current DOM; repeated calls cycle through its evidence. */
  locate(req: RequirementResult): Located {
    if (req.evidence.length === 0) {
      const where = req.expectedLocation ?? DEFAULT_EXPECTED_LOCATION;
      return {
        range: null,
        notice: req.status === 'missing' ? `${req.label} ontbreekt. Waar verwacht: ${where}` : `Geen tekstfragment om te tonen voor ${req.label}.`,
      };
    }
    const i = this.evidenceCursor.get(req.id) ?? 0;
    this.evidenceCursor.set(req.id, (i + 1) % req.evidence.length);
    const ev = req.evidence[i]!;
    const span = findQuote(this.map.text, ev.quote, { hint: ev, tolerant: true });
    if (!span) return { range: null, notice: 'Dit fragment staat niet meer in de tekst; de controle wordt bijgewerkt.' };
    const range = rangeFromOffsets(this.map, span.start, span.end);
    const count = req.evidence.length > 1 ? ` (fragment ${i + 1} van ${req.evidence.length})` : '';
    return { range, notice: range ? `Gemarkeerd in het document${count}.` : 'Het fragment kon niet worden gemarkeerd.' };
  }
}
