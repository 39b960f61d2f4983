// The legal requirement catalogue (docs/domain.md). Ids are part of the API contract.
import type { RequirementDef } from './types.ts';

export const REQUIREMENTS: ReadonlyArray<RequirementDef> = Object.freeze([
  // Stageplan — UB WVO 2020 art. 2.35 lid 1
  {
    id: 'stageplan.doel', kind: 'stageplan', label: 'Doel van de stage', law: 'UB WVO 2020', article: '2.35', lid: '1',
    hint: 'Beschrijf waarom leerlingen stage lopen: wat de stage moet opleveren (bijvoorbeeld beroepsoriëntatie, werknemersvaardigheden, voorbereiding op het mbo).',
    expectedLocation: "Meestal aan het begin van het stageplan, in een paragraaf 'Doel van de stage' of 'Waarom lopen onze leerlingen stage?'.",
  },
  {
    id: 'stageplan.inhoud', kind: 'stageplan', label: 'Inhoud van de stage', law: 'UB WVO 2020', article: '2.35', lid: '1',
    hint: 'Beschrijf wat leerlingen tijdens de stage doen en leren: de werkzaamheden, stageopdrachten en vaardigheden.',
    expectedLocation: "Meestal in een paragraaf 'Inhoud van de stage', 'Stageopdrachten' of 'Wat gaan leerlingen doen?'.",
  },
  {
    id: 'stageplan.omvang', kind: 'stageplan', label: 'Omvang van de stage', law: 'UB WVO 2020', article: '2.35', lid: '1',
    hint: 'Vermeld hoeveel uren, dagen of weken de stage duurt (per leerjaar), en of het om een blokstage of lintstage gaat. Voor praktijkonderwijs: ten hoogste gemiddeld 50% van de onderwijstijd en tot en met het jaar waarin de leerling 17 wordt ten hoogste 80% per week (UB WVO 2020 art. 2.44).',
    expectedLocation: "Meestal in een paragraaf 'Omvang', 'Duur van de stage' of 'Hoe lang duurt de stage?', vaak met een tabel per leerjaar.",
  },
  {
    id: 'stageplan.opbouw', kind: 'stageplan', label: 'Opbouw van de stage', law: 'UB WVO 2020', article: '2.35', lid: '1',
    hint: 'Beschrijf hoe de stage is opgebouwd over de leerjaren of fasen, bijvoorbeeld van oriënterende stage in leerjaar 3 naar beroepsgerichte stage in leerjaar 4.',
    expectedLocation: "Meestal in een paragraaf 'Opbouw van de stage', 'Stage per leerjaar' of 'Hoe is de stage opgebouwd?', vaak als overzicht per leerjaar.",
  },
  {
    id: 'stageplan.organisatie', kind: 'stageplan', label: 'Organisatie van de stage', law: 'UB WVO 2020', article: '2.35', lid: '1',
    hint: 'Beschrijf wie wat doet: wie stageplaatsen regelt, wie de leerling begeleidt (school en stagebieder), wie bezoekt en wie beoordeelt.',
    expectedLocation: "Meestal in een paragraaf 'Organisatie', 'Taken en verantwoordelijkheden' of 'Wie doet wat?'.",
  },
  // Stageovereenkomst — UB WVO 2020 art. 2.36
  {
    id: 'stageovereenkomst.partijen', kind: 'stageovereenkomst', label: 'Partijen: school, ouders/leerling en stagebieder', law: 'UB WVO 2020', article: '2.36', lid: '1',
    hint: 'Laat de overeenkomst schriftelijk sluiten en ondertekenen door de school (bevoegd gezag), de ouders (of de handelingsbekwame leerling) en de stagebieder.',
    expectedLocation: 'Meestal bovenaan (de gegevens van partijen) en onderaan (de handtekeningen).',
  },
  {
    id: 'stageovereenkomst.stageleraar', kind: 'stageovereenkomst', label: 'Stageleraar van de school', law: 'UB WVO 2020', article: '2.36', lid: '2',
    hint: 'Vermeld welke stageleraar (stagebegeleider van school, stagedocent) de school aanwijst voor het toezicht op de leerling tijdens de stage.',
    expectedLocation: 'Meestal bij de gegevens van de school of in een artikel over begeleiding.',
  },
  {
    id: 'stageovereenkomst.stagebegeleider', kind: 'stageovereenkomst', label: 'Stagebegeleider van de stagebieder', law: 'UB WVO 2020', article: '2.36', lid: '2',
    hint: 'Vermeld welke begeleider (praktijkbegeleider, werkbegeleider) de stagebieder aanwijst; deze werkt zelf bij de stagebieder.',
    expectedLocation: 'Meestal bij de gegevens van de stagebieder of in een artikel over begeleiding.',
  },
  {
    id: 'stageovereenkomst.leeractiviteiten', kind: 'stageovereenkomst', label: 'Leeractiviteiten op de stageplaats', law: 'UB WVO 2020', article: '2.36', lid: '3a',
    hint: 'Beschrijf welke leeractiviteiten (werkzaamheden, opdrachten) de leerling bij de stagebieder uitvoert, en op welke stageplaats.',
    expectedLocation: "Meestal in een artikel 'Leeractiviteiten' of 'Werkzaamheden', of in een bijlage met stageopdrachten.",
  },
  {
    id: 'stageovereenkomst.periode', kind: 'stageovereenkomst', label: 'Aanvangsdatum, einddatum en tijden', law: 'UB WVO 2020', article: '2.36', lid: '3b',
    hint: 'Vermeld de aanvangsdatum, de einddatum en de dagen en tijden waarop de leerling stage loopt.',
    expectedLocation: "Meestal in een artikel 'Stageperiode' of bij de gegevens van de stage (begindatum, einddatum, werktijden).",
  },
  {
    id: 'stageovereenkomst.begeleiding', kind: 'stageovereenkomst', label: 'Regeling begeleiding (aandeel stageleraar en stagebegeleider)', law: 'UB WVO 2020', article: '2.36', lid: '3c',
    hint: 'Regel de begeleiding en leg vast welk deel de stageleraar van school en welk deel de begeleider van de stagebieder verzorgt (bijvoorbeeld dagelijkse begeleiding, stagebezoek, contactmomenten).',
    expectedLocation: "Meestal in een artikel 'Begeleiding'.",
  },
  {
    id: 'stageovereenkomst.beoordeling', kind: 'stageovereenkomst', label: 'Rol van de stagebieder bij de beoordeling', law: 'UB WVO 2020', article: '2.36', lid: '3d',
    hint: 'Leg vast hoe de stagebieder (de praktijkbegeleider) betrokken is bij de beoordeling, bijvoorbeeld via een beoordelingsformulier of eindgesprek.',
    expectedLocation: "Meestal in een artikel 'Beoordeling'.",
  },
  {
    id: 'stageovereenkomst.toezicht', kind: 'stageovereenkomst', label: 'Regeling toezicht door de inspectie', law: 'UB WVO 2020', article: '2.36', lid: '3e',
    hint: 'Neem een bepaling op dat de stagebieder de Inspectie van het Onderwijs in staat stelt toezicht te houden op de leeractiviteiten (toegang tot de stageplaats en inzage).',
    expectedLocation: 'Meestal in een artikel over toezicht of in de algemene bepalingen.',
  },
  {
    id: 'stageovereenkomst.verzekering', kind: 'stageovereenkomst', label: 'Wie de verzekering sluit', law: 'UB WVO 2020', article: '2.36', lid: '4a',
    hint: 'Vermeld wie de ongevallenverzekering en de aansprakelijkheidsverzekering voor de leerling sluit (school, stagebieder of ouders).',
    expectedLocation: "Meestal in een artikel 'Verzekering' of 'Aansprakelijkheid'.",
  },
  {
    id: 'stageovereenkomst.premie', kind: 'stageovereenkomst', label: 'Wie de verzekeringspremie betaalt', law: 'UB WVO 2020', article: '2.36', lid: '4b',
    hint: 'Vermeld ten laste van wie de verzekeringspremie komt.',
    expectedLocation: "Meestal in hetzelfde artikel als de verzekering.",
  },
  // Leer-werkovereenkomst — WVO 2020 art. 2.103, 2.38 lid 9, 2.105; UB WVO 2020 art. 2.65
  {
    id: 'leerwerkovereenkomst.partijen', kind: 'leerwerkovereenkomst', label: 'Partijen: school, leerling/ouders en leerbedrijf', law: 'WVO 2020', article: '2.103', lid: '6',
    hint: 'Sluit de leer-werkovereenkomst tussen de school (bevoegd gezag), de leerling of diens ouders en het bedrijf of de organisatie, en laat alle drie ondertekenen.',
    expectedLocation: 'Meestal bovenaan (partijen) en onderaan (handtekeningen).',
  },
  {
    id: 'leerwerkovereenkomst.inhoud', kind: 'leerwerkovereenkomst', label: 'Inhoud en leerdoelen van het praktijkgedeelte', law: 'UB WVO 2020', article: '2.65', lid: 'a',
    hint: 'Beschrijf de inhoud (werkzaamheden, praktijkopdrachten) én de leerdoelen van het buitenschoolse praktijkgedeelte.',
    expectedLocation: "Meestal in een artikel 'Inhoud en leerdoelen' of in een bijlage met praktijkopdrachten.",
  },
  {
    id: 'leerwerkovereenkomst.duur', kind: 'leerwerkovereenkomst', label: 'Duur en periode', law: 'UB WVO 2020', article: '2.65', lid: 'a',
    hint: 'Vermeld de duur en de periode (begin- en einddatum of schooljaren) van het buitenschoolse praktijkgedeelte.',
    expectedLocation: "Meestal in een artikel 'Duur en periode'.",
  },
  {
    id: 'leerwerkovereenkomst.beoordeling', kind: 'leerwerkovereenkomst', label: 'Beoordelingsmaatstaven', law: 'UB WVO 2020', article: '2.65', lid: 'a',
    hint: 'Beschrijf waaraan en hoe het praktijkgedeelte wordt beoordeeld (criteria, beoordelingsformulier, wie beoordeelt).',
    expectedLocation: "Meestal in een artikel 'Beoordeling'.",
  },
  {
    id: 'leerwerkovereenkomst.begeleiding', kind: 'leerwerkovereenkomst', label: 'Begeleiding van de leerling', law: 'UB WVO 2020', article: '2.65', lid: 'b',
    hint: 'Beschrijf wie de leerling begeleidt op school en in het bedrijf, en hoe vaak er contact is.',
    expectedLocation: "Meestal in een artikel 'Begeleiding'.",
  },
  {
    id: 'leerwerkovereenkomst.beeindiging', kind: 'leerwerkovereenkomst', label: 'Voortijdige beëindiging', law: 'UB WVO 2020', article: '2.65', lid: 'c',
    hint: 'Leg vast in welke gevallen en op welke manier de overeenkomst voortijdig kan worden beëindigd.',
    expectedLocation: "Meestal in een artikel 'Beëindiging' of 'Tussentijdse beëindiging'.",
  },
  {
    id: 'leerwerkovereenkomst.uren', kind: 'leerwerkovereenkomst', label: 'Omvang: 640–1280 klokuren (80–160 dagen)', law: 'WVO 2020', article: '2.38', lid: '9',
    hint: 'Het buitenschoolse praktijkgedeelte omvat in leerjaar 3 en 4 samen ten minste 640 klokuren (80 dagen) en ten hoogste 1280 klokuren (160 dagen). Vermeld het totaal en zorg dat het binnen deze grenzen valt.',
    expectedLocation: "Meestal in een artikel 'Duur en omvang' of bij de werktijden.",
  },
  {
    id: 'leerwerkovereenkomst.erkend-leerbedrijf', kind: 'leerwerkovereenkomst', label: 'Erkend leerbedrijf (SBB)', law: 'WVO 2020', article: '2.105', lid: '3',
    hint: 'Alleen een door SBB erkend leerbedrijf mag het buitenschoolse praktijkgedeelte verzorgen. Vermeld dat het bedrijf erkend is (bijvoorbeeld met het SBB-registratienummer).',
    expectedLocation: 'Meestal bij de gegevens van het leerbedrijf.',
  },
  // Maatschappelijke stage — UB WVO 2020 art. 2.41, 3.10
  {
    id: 'mas.leerdoelen', kind: 'mas-overeenkomst', label: 'Leerdoelen', law: 'UB WVO 2020', article: '2.41', lid: '1a',
    hint: 'Beschrijf wat de leerling tijdens de maatschappelijke stage wil leren (de leerdoelen).',
    expectedLocation: "Meestal in een onderdeel 'Leerdoelen' of 'Wat wil ik leren?'.",
  },
  {
    id: 'mas.activiteiten', kind: 'mas-overeenkomst', label: 'Activiteiten', law: 'UB WVO 2020', article: '2.41', lid: '1b',
    hint: 'Beschrijf welke activiteiten de leerling doet om de leerdoelen te bereiken.',
    expectedLocation: "Meestal in een onderdeel 'Activiteiten' of 'Wat ga ik doen?'.",
  },
  {
    id: 'mas.periode', kind: 'mas-overeenkomst', label: 'Aanvangsdatum, einddatum en tijden', law: 'UB WVO 2020', article: '2.41', lid: '1c',
    hint: 'Vermeld de aanvangsdatum, de einddatum en de tijden van de activiteiten. Is de maatschappelijke stage onderdeel van het eindexamen, dan duurt zij ten minste 30 uur (UB WVO 2020 art. 3.10).',
    expectedLocation: "Meestal in een onderdeel 'Periode en tijden'.",
  },
  {
    id: 'mas.begeleiding', kind: 'mas-overeenkomst', label: 'Regeling begeleiding bij de stagebieder', law: 'UB WVO 2020', article: '2.41', lid: '1d',
    hint: 'Regel wie de leerling begeleidt bij de organisatie waar de maatschappelijke stage plaatsvindt en hoe.',
    expectedLocation: "Meestal in een onderdeel 'Begeleiding' of bij de gegevens van de organisatie (contactpersoon).",
  },
  {
    id: 'mas.verzekering', kind: 'mas-overeenkomst', label: 'Verzekering en premie', law: 'UB WVO 2020', article: '2.41', lid: '3',
    hint: 'Vermeld wie de ongevallen- en aansprakelijkheidsverzekering sluit en ten laste van wie de premie komt (art. 2.41 lid 3 met art. 2.36 lid 4).',
    expectedLocation: "Meestal in een onderdeel 'Verzekering'.",
  },
]);

export function requirementsFor(kind: string): RequirementDef[] {
  return REQUIREMENTS.filter((r) => r.kind === kind);
}
