// "Wat voor document is dit?": offered when the kind is unknown or unsure. Choosing checks the document
// again as that kind; nothing is stored by choosing.
import { kindDescriptions, kindLabels, STAGE_KINDS, type CheckedDocument, type DocumentKind } from '@stagewijzer/server/contract';
import { useId, useState } from 'preact/hooks';

type StageKind = (typeof STAGE_KINDS)[number];

/** Whether to offer the chooser: the kind is unknown, or the check names other kinds it might be. */
export function kindIsUnsure(check: Pick<CheckedDocument, 'kind' | 'kindCandidates'>): boolean {
  return check.kind === 'unknown' || (check.kindCandidates ?? []).some((c) => c.kind !== check.kind);
}

/** The kinds to offer: the candidates first (best first), then the others. */
export function kindOptions(check: Pick<CheckedDocument, 'kind' | 'kindCandidates'>): StageKind[] {
  const isStage = (k: DocumentKind): k is StageKind => (STAGE_KINDS as readonly string[]).includes(k);
  const first = [check.kind, ...(check.kindCandidates ?? []).map((c) => c.kind)].filter(isStage);
  return [...new Set([...first, ...STAGE_KINDS])];
}

export function KindChooser(props: { check: CheckedDocument; busy: boolean; onChoose(kind: StageKind): void }) {
  const options = kindOptions(props.check);
  const [choice, setChoice] = useState<StageKind>(options[0]!);
  const name = useId();
  const unknown = props.check.kind === 'unknown';
  return (
    <form
      class="kind-chooser card"
      onSubmit={(e) => {
        e.preventDefault();
        props.onChoose(choice);
      }}
    >
      <fieldset>
        <legend>{unknown ? 'Wat voor document is dit?' : 'Klopt het soort document? Je kunt een ander soort kiezen.'}</legend>
        {/* Why the checklist is unsure ("Dit lijkt een stageplan, maar dat is niet zeker: …"); for an unknown kind the
            result above says it already. */}
        {!unknown && props.check.message && <p class="kind-why">{props.check.message}</p>}
        {options.map((k) => (
          <label key={k} class="kind-option">
            <input type="radio" name={name} value={k} checked={choice === k} onChange={() => setChoice(k)} />
            <span>
              <strong>{kindLabels[k]}</strong>
              <span class="kind-description">{kindDescriptions[k]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <button type="submit" class="button" disabled={props.busy}>
        Controleren als {kindLabels[choice].toLowerCase()}
      </button>
    </form>
  );
}
