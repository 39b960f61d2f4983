// Leer-werkovereenkomst: inhoud and leerdoelen of the buitenschoolse praktijkgedeelte (UB WVO 2020 art. 2.65 a). Both
// are needed; one of them is unclear.
import { finding, topic } from '../../match.ts';
import { pupilMeant, staffBefore } from '../../roles.ts';
import { requirement } from '../requirement.ts';

export default requirement({
  id: 'leerwerkovereenkomst.inhoud',
  kind: 'leerwerkovereenkomst',
  label: 'Inhoud en leerdoelen van het praktijkgedeelte',
  law: 'UB WVO 2020',
  article: '2.65',
  lid: 'a',
  hint: 'Beschrijf de inhoud (werkzaamheden, praktijkopdrachten) én de leerdoelen van het buitenschoolse praktijkgedeelte.',
  expectedLocation: "Meestal in een artikel 'Inhoud en leerdoelen' of in een bijlage met praktijkopdrachten.",
  focus: ['content.say', 'learning.say', 'content.heading'],
  about: ['content.heading', 'content.about', 'learning.heading'],
  evaluate(ctx) {
    const inhoud = topic(ctx, {
      heading: ['content.heading'],
      headingNot: ['content.not'],
      say: ['content.say'],
      not: ['content.not'],
      sayOk: (i) => {
        const first = ctx.cues.hits(i, 'content.say')[0];
        return !(first && staffBefore(ctx, i, first.start)) && (pupilMeant(ctx, i) || ctx.underHeading(i, 'content.heading') >= 0);
      },
    });
    const doelen = topic(ctx, { heading: ['learning.heading'], headingNot: ['goal.not'], say: ['learning.say'], not: ['learning.generic', 'goal.not'] });
    if (inhoud.status === 'present' && doelen.status === 'present') return finding('present', [...inhoud.evidence, ...doelen.evidence].slice(0, 3));
    if (inhoud.fill || doelen.fill) return { ...(inhoud.fill ? inhoud : doelen), evidence: [...inhoud.evidence, ...doelen.evidence] };
    if (inhoud.status === 'missing' && doelen.status === 'missing') return finding('missing');
    const note =
      inhoud.status !== 'present'
        ? 'De leerdoelen staan er wel, de inhoud (werkzaamheden) niet duidelijk.'
        : 'De inhoud staat er wel, maar de leerdoelen ontbreken.';
    return finding('unclear', [...inhoud.evidence, ...doelen.evidence].slice(0, 3), { note });
  },
});
