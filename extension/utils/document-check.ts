// One checked document: its text map, the checklist result, the kind the user chose, and where
// evidence (or a missing requirement) is in the DOM. The checklist itself runs elsewhere.
import { findQuote } from '@stagewijzer/server/contract';
import { placementOf } from './check-view';
import type { CheckView, RequirementView } from './check-view';
import type { StageKind } from '@stagewijzer/server/contract';
import { extractText, patchTextNodes, rangeFromOffsets, toDomPosition } from './text-map';
import type { TextMap } from './text-map';

/** Runs the checklist on a text (in the background, the PDF viewer, or a lazily loaded engine). */
export type CheckText = (text: string, kind?: StageKind) => Promise<CheckView>;

export interface Located {
  range: Range | null;
  /** Where a missing requirement belongs (a collapsed range), when it has no evidence. */
  insertion: Range | null;
  /** Dutch feedback for the panel. */
  notice: string | null;
}

export class DocumentCheck {
  private evidenceCursor = new Map<string, number>();
  private seq = 0;

  private constructor(
    readonly root: Element,
    public map: TextMap,
    public result: CheckView,
    /** The kind the user chose (overrides detection), or null. */
    public chosenKind: StageKind | null,
  ) {}

  static async create(root: Element, check: CheckText, kind: StageKind | null = null): Promise<DocumentCheck> {
    const map = extractText(root);
    const result = await check(map.text, kind ?? undefined);
    return new DocumentCheck(root, map, result, kind);
  }

  /** Checks the same text again as the kind the user chose. */
  async checkAs(kind: StageKind, check: CheckText): Promise<void> {
    const seq = ++this.seq;
    const result = await check(this.map.text, kind);
    if (seq !== this.seq) return;
    this.chosenKind = kind;
    this.result = result;
    this.evidenceCursor.clear();
  }

  /**
   * Re-extracts (cheap, on the page's thread) and re-checks. Returns false when the text did not
   * change or a newer refresh superseded this one.
   */
  async refresh(check: CheckText, changedTextNodes?: Set<Text>): Promise<boolean> {
    const map = (changedTextNodes && patchTextNodes(this.map, changedTextNodes)) || extractText(this.root);
    if (map.text === this.map.text) {
      this.map = map; // nodes may have been replaced with the same text
      return false;
    }
    this.map = map;
    const seq = ++this.seq;
    const result = await check(map.text, this.chosenKind ?? undefined);
    if (seq !== this.seq) return false;
    this.result = result;
    return true;
  }

  /** Finds the evidence of a requirement in the current DOM; repeated calls cycle through its evidence. */
  locate(req: RequirementView): Located {
    if (req.evidence.length === 0) {
      const place = placementOf(this.result, req, this.map.text);
      // Attached to the text before the place, so the marker sits under it rather than on the next heading.
      const at = toDomPosition(this.map, place.offset, 'end');
      let insertion: Range | null = null;
      if (at) {
        insertion = this.root.ownerDocument.createRange();
        insertion.setStart(at.node, at.offset);
        insertion.collapse(true);
      }
      const what = req.status === 'missing' ? 'ontbreekt' : 'staat niet duidelijk in het document';
      return { range: null, insertion, notice: `${req.label} ${what}. Dit hoort ${place.where}.` };
    }
    const i = this.evidenceCursor.get(req.id) ?? 0;
    this.evidenceCursor.set(req.id, (i + 1) % req.evidence.length);
    const ev = req.evidence[i]!;
    const span = findQuote(this.map.text, ev.quote, { hint: ev, tolerant: true });
    if (!span) return { range: null, insertion: null, notice: 'Dit fragment staat niet meer in de tekst; de controle wordt bijgewerkt.' };
    const range = rangeFromOffsets(this.map, span.start, span.end);
    const count = req.evidence.length > 1 ? ` (fragment ${i + 1} van ${req.evidence.length})` : '';
    const notice = range ? `Gemarkeerd in het document${count}.` : 'Het fragment kon niet worden gemarkeerd.';
    return { range, insertion: null, notice };
  }
}
