// Leer-werkovereenkomst: only an erkend leerbedrijf (SBB) may provide the practice (WVO 2020 art. 2.105 lid 3). "Geen
// erkend leerbedrijf" is violated; "als het bedrijf zijn erkenning verliest" is a condition, not a fact.
import { finding } from '../../match.ts';
import { requirement } from '../requirement.ts';

export default requirement({
  id: 'leerwerkovereenkomst.erkend-leerbedrijf',
  kind: 'leerwerkovereenkomst',
  label: 'Erkend leerbedrijf (SBB)',
  law: 'WVO 2020',
  article: '2.105',
  lid: '3',
  hint: 'Alleen een door SBB erkend leerbedrijf mag het buitenschoolse praktijkgedeelte verzorgen. Vermeld dat het bedrijf erkend is (bijvoorbeeld met het SBB-registratienummer).',
  expectedLocation: 'Meestal bij de gegevens van het leerbedrijf.',
  focus: ['recognition'],
  about: ['recognition'],
  evaluate(ctx) {
    let pending = -1;
    let present = -1;
    for (const i of ctx.cues.units('recognition')) {
      if (ctx.isLabelOnly(i)) continue;
      const conditional = ctx.cues.has(i, 'recognition.if');
      if (ctx.cues.has(i, 'recognition.no') && !conditional) {
        return finding('violated', [i], {
          note: 'Volgens het document is het bedrijf geen erkend leerbedrijf; alleen erkende leerbedrijven mogen het buitenschoolse praktijkgedeelte verzorgen (WVO 2020 art. 2.105 lid 3).',
        });
      }
      if (ctx.cues.has(i, 'recognition.pending') || ctx.pending(i)) {
        if (pending < 0) pending = i;
        continue;
      }
      if (present < 0 && !conditional) present = i;
    }
    if (pending >= 0)
      return finding('unclear', [pending], { note: 'De erkenning is nog niet rond; het bedrijf mag het praktijkgedeelte pas verzorgen als het erkend is.' });
    if (present >= 0) return finding('present', [present]);
    const loose = ctx.cues.units('recognition.loose')[0];
    if (loose !== undefined)
      return finding('unclear', [loose], { note: 'Er staat dat het bedrijf geschikt is, maar niet dat het door SBB erkend is als leerbedrijf.' });
    return finding('missing');
  },
});
