// Requirement ids: part of the API contract (docs/domain.md). The typed union keys the catalogue.
export const REQUIREMENT_IDS = [
  'stageplan.doel', 'stageplan.inhoud', 'stageplan.omvang', 'stageplan.opbouw', 'stageplan.organisatie',
  'stageovereenkomst.partijen', 'stageovereenkomst.stageleraar', 'stageovereenkomst.stagebegeleider',
  'stageovereenkomst.leeractiviteiten', 'stageovereenkomst.periode', 'stageovereenkomst.begeleiding',
  'stageovereenkomst.beoordeling', 'stageovereenkomst.toezicht', 'stageovereenkomst.verzekering', 'stageovereenkomst.premie',
  'leerwerkovereenkomst.partijen', 'leerwerkovereenkomst.inhoud', 'leerwerkovereenkomst.duur', 'leerwerkovereenkomst.beoordeling',
  'leerwerkovereenkomst.begeleiding', 'leerwerkovereenkomst.beeindiging', 'leerwerkovereenkomst.uren',
  'leerwerkovereenkomst.erkend-leerbedrijf',
  'mas.leerdoelen', 'mas.activiteiten', 'mas.periode', 'mas.begeleiding', 'mas.verzekering',
] as const;

export type RequirementId = (typeof REQUIREMENT_IDS)[number];
