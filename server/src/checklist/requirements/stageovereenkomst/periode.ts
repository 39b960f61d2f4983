// Stageovereenkomst: aanvangsdatum, einddatum and tijden (UB WVO 2020 art. 2.36 lid 3b), each a part.
import { PERIOD_LABELS, periodFinding } from '../../agreement.ts';
import { requirement } from '../requirement.ts';

export default requirement({
  id: 'stageovereenkomst.periode',
  kind: 'stageovereenkomst',
  label: 'Aanvangsdatum, einddatum en tijden',
  law: 'UB WVO 2020',
  article: '2.36',
  lid: '3b',
  hint: 'Vermeld de aanvangsdatum, de einddatum en de dagen en tijden waarop de leerling stage loopt.',
  expectedLocation: "Meestal in een artikel 'Stageperiode' of bij de gegevens van de stage (begindatum, einddatum, werktijden).",
  focus: ['period.start', 'period.end', 'period.times', 'period.from'],
  about: ['period.heading', 'period.start', 'period.end', 'period.times'],
  parts: PERIOD_LABELS,
  evaluate: (ctx) => periodFinding(ctx),
});
