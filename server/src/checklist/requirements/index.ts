// The legal requirement catalogue (docs/domain.md), keyed by the typed id union: one module per requirement.
import type { StageKind } from '../types.ts';
import type { RequirementId } from './ids.ts';
import type { Requirement } from './requirement.ts';
import lwtBeeindiging from './leerwerkovereenkomst/beeindiging.ts';
import lwtBegeleiding from './leerwerkovereenkomst/begeleiding.ts';
import lwtBeoordeling from './leerwerkovereenkomst/beoordeling.ts';
import lwtDuur from './leerwerkovereenkomst/duur.ts';
import lwtErkend from './leerwerkovereenkomst/erkend-leerbedrijf.ts';
import lwtInhoud from './leerwerkovereenkomst/inhoud.ts';
import lwtPartijen from './leerwerkovereenkomst/partijen.ts';
import lwtUren from './leerwerkovereenkomst/uren.ts';
import masActiviteiten from './mas/activiteiten.ts';
import masBegeleiding from './mas/begeleiding.ts';
import masLeerdoelen from './mas/leerdoelen.ts';
import masPeriode from './mas/periode.ts';
import masVerzekering from './mas/verzekering.ts';
import soBegeleiding from './stageovereenkomst/begeleiding.ts';
import soBeoordeling from './stageovereenkomst/beoordeling.ts';
import soLeeractiviteiten from './stageovereenkomst/leeractiviteiten.ts';
import soPartijen from './stageovereenkomst/partijen.ts';
import soPeriode from './stageovereenkomst/periode.ts';
import soPremie from './stageovereenkomst/premie.ts';
import soStagebegeleider from './stageovereenkomst/stagebegeleider.ts';
import soStageleraar from './stageovereenkomst/stageleraar.ts';
import soToezicht from './stageovereenkomst/toezicht.ts';
import soVerzekering from './stageovereenkomst/verzekering.ts';
import spDoel from './stageplan/doel.ts';
import spInhoud from './stageplan/inhoud.ts';
import spOmvang from './stageplan/omvang.ts';
import spOpbouw from './stageplan/opbouw.ts';
import spOrganisatie from './stageplan/organisatie.ts';

export type { Requirement } from './requirement.ts';
export { REQUIREMENT_IDS, type RequirementId } from './ids.ts';

export const CATALOGUE: Readonly<Record<RequirementId, Requirement>> = Object.freeze({
  'stageplan.doel': spDoel,
  'stageplan.inhoud': spInhoud,
  'stageplan.omvang': spOmvang,
  'stageplan.opbouw': spOpbouw,
  'stageplan.organisatie': spOrganisatie,
  'stageovereenkomst.partijen': soPartijen,
  'stageovereenkomst.stageleraar': soStageleraar,
  'stageovereenkomst.stagebegeleider': soStagebegeleider,
  'stageovereenkomst.leeractiviteiten': soLeeractiviteiten,
  'stageovereenkomst.periode': soPeriode,
  'stageovereenkomst.begeleiding': soBegeleiding,
  'stageovereenkomst.beoordeling': soBeoordeling,
  'stageovereenkomst.toezicht': soToezicht,
  'stageovereenkomst.verzekering': soVerzekering,
  'stageovereenkomst.premie': soPremie,
  'leerwerkovereenkomst.partijen': lwtPartijen,
  'leerwerkovereenkomst.inhoud': lwtInhoud,
  'leerwerkovereenkomst.duur': lwtDuur,
  'leerwerkovereenkomst.beoordeling': lwtBeoordeling,
  'leerwerkovereenkomst.begeleiding': lwtBegeleiding,
  'leerwerkovereenkomst.beeindiging': lwtBeeindiging,
  'leerwerkovereenkomst.uren': lwtUren,
  'leerwerkovereenkomst.erkend-leerbedrijf': lwtErkend,
  'mas.leerdoelen': masLeerdoelen,
  'mas.activiteiten': masActiviteiten,
  'mas.periode': masPeriode,
  'mas.begeleiding': masBegeleiding,
  'mas.verzekering': masVerzekering,
});

export const REQUIREMENTS: readonly Requirement[] = Object.freeze(Object.values(CATALOGUE));

export function requirementsFor(kind: StageKind): Requirement[] {
  return REQUIREMENTS.filter((r) => r.kind === kind);
}
