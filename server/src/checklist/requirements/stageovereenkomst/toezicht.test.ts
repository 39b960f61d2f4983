import { describe, expect, it } from 'vitest';
import { requirementOf, statusOf } from '../test-helpers.ts';

const s = (t: string) => statusOf('stageovereenkomst.toezicht', t);

describe('stageovereenkomst.toezicht', () => {
  it('the inspectie may supervise the leeractiviteiten', () => {
    expect(s('Stageovereenkomst\n\nDe stagebieder stelt de Inspectie van het Onderwijs in staat toezicht te houden op de leeractiviteiten.')).toBe('present');
  });

  it('the Arbeidsinspectie is another inspection', () => {
    expect(s('Stageovereenkomst\n\nDe Arbeidsinspectie kan de werkplek controleren op veiligheid.')).toBe('missing');
  });

  it('settled in a raamovereenkomst: unclear, pointing to it', () => {
    const q = requirementOf(
      'stageovereenkomst.toezicht',
      'Stageovereenkomst\n\nHet toezicht door de inspectie en de verzekering zijn geregeld zoals vermeld in de raamovereenkomst (artikel 7).',
    );
    expect(q.status).toBe('unclear');
    expect(q.refersTo?.document).toBe('de raamovereenkomst');
    expect(q.hint).toMatch(/raamovereenkomst/);
  });
});
