import { fold } from './text.ts';

/**
 * How pupils and parents talk, mapped to the words the sources use.
 * Each rule: a pattern on the folded question, and the source terms it adds to the search.
 * Topic rules say what a question is about (geld → stagevergoeding); intent rules only how it is
 * asked (mag dat → wettelijke vereisten) and are no evidence that the sources cover it.
 */
const TOPIC_TERMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(geld|betaald|betaalt|betalen|uitbetaal\w*|loon|salaris|verdien\w*|centen|zakgeld|vergoed\w*)\b/, 'stagevergoeding vergoeding'],
  [/\b(reizen|reis|bus|trein|tram|metro|ov|ov-kaart|buskaart|reiskosten|kilometer\w*|fiets\w*|ver weg|afstand)\b/, 'reiskostenvergoeding reiskosten'],
  [/\b(baas|chef|werkgever|leidinggevende|manager|eigenaar)\b/, 'praktijkbegeleider stagebieder stageaanbieder'],
  [/\b(niemand|geen)\b.{0,30}\b(help\w*|hulp|uitleg|begeleid\w*)\b|\b(help\w*|hulp)\b.{0,20}\b(niemand|niet|geen)\b|alleen gelaten|aan mijn lot/, 'begeleiding praktijkbegeleider stagebegeleider'],
  [/\b(te veel|teveel|te lang|te lange|overuren|lange dagen|extra uren|over ?werk\w*|nachtdienst|'s avonds|avonds|'s nachts|nachts|weekend\w*|zondag|zaterdag|te vroeg|heel vroeg|vroeg (beginnen|op|opstaan|starten)|'s ochtends vroeg|tot laat)\b|\bom (half )?\d{1,2}( uur)?\b.{0,30}\b(beginnen|begin|starten|werken|stoppen|klaar|naar huis)\b|\b(beginnen|begin|starten|werken|blijven) (om|tot) (half )?\d{1,2}\b/, 'stagemisbruik arbeidstijden uren toegestane tijden'],
  [/\b(uren|uur)\b.{0,20}\b(te veel|teveel|te lang|meer dan)\b/, 'stagemisbruik arbeidstijden'],
  [/\b(schoonma\w*|koffie|afwas\w*|vegen|dozen|gratis werk\w*|goedkope? (?:kracht|arbeid)|uitgebuit|uitbuit\w*|misbruik\w*|alleen maar werken|echt werk|gewoon personeel|personeelstekort)\b/, 'stagemisbruik reguliere werkzaamheden leren'],
  [/\b(gepest|pest\w*|bang|onveilig\w*|intimid\w*|uitgescholden|scheld\w*|seksu\w*|aangeraakt|grensoverschrijdend|geslagen|bedreig\w*|schreeuw\w*|aanrak\w*|betast\w*|ongewenst\w*|lastig ?gevallen)\b|\braakt\b.{0,20}\baan\b/, 'sociale onveiligheid veiligheid'],
  [/\b(afgewezen|discrimin\w*|hoofddoek\w*|huidskleur|kleur|afkomst|achternaam|racis\w*|buitenlands\w*|migratie\w*|geloof|religie)\b/, 'stagediscriminatie discriminatie afgewezen'],
  [/\b(contract\w*|papier\w*|handtekening|tekenen|ondertekenen|getekend)\b/, 'stageovereenkomst overeenkomst'],
  [/\b(verzeker\w*|ongeluk\w*|gewond|schade|kapot|aansprakelijk\w*|ongeval\w*)\b/, 'verzekering ongevallen aansprakelijkheid'],
  [/\b(cijfer\w*|punt(en)?|beoordeel\w*|beoordeling|slagen|zakken|voldoende|onvoldoende)\b/, 'beoordeling beoordelen'],
  [/\b(geen stage(plek|plaats)?|stage(plek|plaats) (vinden|zoeken)|kan geen|niet vinden|vind geen)\b/, 'stageplek vinden stagebureau'],
  [/\b(lwt|leerwerktraject\w*|leer-werktraject\w*|leerwerk\w*)\b/, 'leerwerktraject leer-werktraject buitenschools praktijkgedeelte'],
  [/\b(mas|maatschappelijke stage|vrijwilliger\w*)\b/, 'maatschappelijke stage'],
  [/\b(pro|praktijkschool)\b/, 'praktijkonderwijs pro-afdelingen'],
  [/\b(oom|tante|vader|moeder|pa|ma|broer|zus|neef|nicht|opa|oma|familie\w*)\b|\bbij (mijn |zijn |haar |je |de )?ouders\b/, 'familie stage bij familie'],
  [/\b(misgaat|mis gaat|misging|fout gaat|misloopt|uitval\w*|uitgevallen)\b/, 'problemen uitgevallen vroegtijdig afgebroken vervangend programma bemiddelen'],
  [/\b(control\w*|gecontroleerd|check\w*|screen\w*|gescreend|keur\w*|goedgekeurd)\b.{0,40}\b(stagebedrij\w*|stageplek\w*|bedrij\w*|stageaanbieder\w*)|\b(stagebedrij\w*|stageplek\w*|bedrij\w*)\b.{0,40}\b(control\w*|gecontroleerd|check\w*|screen\w*|gescreend|keur\w*|goedgekeurd)\b/, 'screening geschiktheid stageplek erkend leerbedrijf kwaliteitsborging'],
  [/\bhoeveel (afdelingen|scholen|leerlingen|mensen|gesprekken)\b.*\b(onderzo\w*|gesproken|bezocht|bevraagd)\b/, 'steekproef in totaal spraken'],
  [/\b(stop(pen)?|ophouden|weggaan|ontslagen|eruit gezet|beeindig\w*|afbreken|afgebroken)\b/, 'voortijdig beëindigd vroegtijdig afgebroken vervangend programma'],
  [/\bwaarom\b.{0,40}\bstage|\b(nut|zin) van\b.{0,20}\bstage|\bstage\b.{0,30}\b(goed voor|nodig|zin|nut)\b|\bwat (heb|leer) ik (aan|van|op)\b/, 'doel van de stage'],
  [/\bik ben (1[0-9]|twaalf|dertien|veertien|vijftien|zestien|zeventien)\b|\b1[0-9] jaar( oud)?\b|\b(leeftijd|minderjarig\w*|te jong|jonger dan|ouder dan)\b/, 'leeftijd minderjarige arbo-regels'],
  [/\b(gevaar\w*|machine\w*|giftig\w*|chemica\w*|ladders?|heftruck\w*|tillen|veiligheidsschoenen|arbo\w*)\b/, 'veilige stageplek veilig werken arbo minderjarige'],
  [/\b(stageleraar\w*|stagedocent\w*|stagebegeleider van (de )?school|jobcoach\w*)\b/, 'stageleraar stagebegeleider van de afdeling'],
  [/\b(conclusie\w*|samenvatting|samengevat|hoofdpunten|kernpunten|belangrijkste (bevindingen|uitkomsten|resultaten|punten))\b/, 'opvalt opvallend'],
  [/\b(betrouwba\w*|validiteit|representati\w*|generali\w*|beperkingen)\b/, 'kwaliteit van de data representatieve steekproef generaliserende uitspraken'],
  [/\b(ziek\w*|griep|verkouden|dokter|afmelden|afwezig)\b/, 'ziekte afmelden'],
  [/\b(saai|niet leuk|stom|vervelend|geen zin|heb er geen plezier)\b/, 'leuk minder fijne stage leukere stageplek'],
  // The law says stagebieder, the report stageaanbieder and stagebedrijf.
  [/\bstagebieder\w*/, 'stageaanbieder stagebedrijf'],
  [/\b(onderzoeksopzet|opzet van het onderzoek|onderzoeksmethode\w*|methode\w*|aanpak van het onderzoek|hoe is (het|dit) onderzoek|hoe (is|werd|zijn) .{0,30}onderzocht|onderzoeksvra\w*|deelvra\w*|gesprekspartners)\b/, 'methode dataverzameling steekproef onderzoeksvragen'],
];

/** A question about the share of afdelingen or scholen that do something (not the ones the inspectie visited). */
export const SHARE_INTENT = /^(?!.*\b(onderzo\w*|bezocht|gesproken|kwalitatie\w*)\b).*\b(procent|percentage|%|hoeveel|welk deel|aandeel)\b.{0,40}\b(afdelingen|scholen)\b/;

/** A question what a term means ("Wat is stagemisbruik?", "Wat wordt bedoeld met een stageaanbieder?"). */
export const DEFINITION_INTENT =
  /^(wat|wie) (is|zijn) (een |de |het )?[\w-]+( precies| eigenlijk)?\W*$|\bwat (betekent|betekenen|houdt .{1,40} in)\b|\bwat (wordt|worden) (er )?(bedoeld|verstaan) (met|onder)\b|\bdefinitie\b/;

const INTENT_TERMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(mentor|leraar|docent|juf|meester|school)\b/, 'stagebegeleider van de afdeling'],
  [/\b(hoe lang|hoeveel (uur|uren|dagen|weken)|duur|duurt)\b/, 'omvang klokuren dagen weken'],
  [/\b(wet|wettelijk\w*|verplicht\w*|regels?|mag (dat|het|mijn|ik|een)|mogen|toegestaan)\b/, 'wettelijke vereisten artikel'],
  [/\b(hoe vaak|hoeveel keer|hoe regelmatig)\b/, 'keer per'],
  // "Wat is stagemisbruik?": the report defines its terms in §4.1 Definities.
  [DEFINITION_INTENT, 'definities'],
  [/\b(klacht\w*|melden|aangeven|hulp vragen|waar moet ik|bij wie|wie kan ik|aanspreekpunt)\b/, 'aanspreekpunt stagebegeleider problemen'],
  [/\b(minimaal|minstens|ten minste|bevatten|onderdelen|moet(en)? (er )?in)\b/, 'omvat in elk geval'],
  [/\b(procent|percentage|%)\b.{0,40}\b(tijd|mag|mogen|maximaal|hoogstens|ten hoogste|praktijk\w*)\b/, 'ten hoogste gemiddeld'],
  // Shares of afdelingen are counted in the survey tables of chapter 11; "geen stage" is their last row.
  [SHARE_INTENT, 'tabel aandeel'],
  [/\b(bieden|biedt|hebben|heeft|aanbieden)\b.{0,20}\bgeen (enkele |een )?stages?\b(?!plek|plaats)|\bgeen (enkele |een )?stages? (aan|aanbieden|bieden|hebben|heeft)\b/, 'geen van bovenstaande'],
  [/\b(wanneer|welk jaar|welke periode|welke maand|hoe lang geleden)\b.{0,40}\b(onderzoek\w*|onderzocht|uitgevoerd|bezocht|bezoeken|dataverzameling|gesprekken)\b/, 'uitvoering onderzoeksdag vooraankondiging'],
  [/\b(knelpunt\w*|problemen|moeilijkheden|uitdaging\w*|lastig\w*)\b/, 'aandachtspunt verbeterpunten problemen'],
];

/** Abbreviations and their written-out forms, both ways. */
const ABBREVIATIONS = (
  [
    ['pta', 'programma van toetsing en afsluiting'],
    ['lob', 'loopbaanorientatie en begeleiding'],
    ['sbb', 'samenwerkingsorganisatie beroepsonderwijs bedrijfsleven erkend leerbedrijf'],
    ['bpv', 'beroepspraktijkvorming'],
    ['ub', 'uitvoeringsbesluit'],
    ['wvo', 'wet voortgezet onderwijs'],
    ['mbo', 'middelbaar beroepsonderwijs'],
    ['vso', 'voortgezet speciaal onderwijs'],
  ] as const
).map(([short, long]) => ({ short: new RegExp(`\\b${short}\\b`), shortForm: short, long }));

/** A question about what the law requires (folded text): the law's own passages come first. */
export const LEGAL_INTENT = /\b(wet|wettelijk\w*|artikel|art\.|verplicht\w*|vereist\w*|eisen|minimaal|ten minste|maximaal|moet(en)?\b.{0,50}\b(staan|bevatten|regelen|geregeld|opnemen|duren)|regels? (voor|over))\b/;

/** The question plus the source words its lay phrasing stands for; `topical` only what it is about. */
export function expandQuestion(question: string): { text: string; added: string[]; topical: string[] } {
  const folded = fold(question);
  const topical: string[] = [];
  for (const [pattern, terms] of TOPIC_TERMS) if (pattern.test(folded)) topical.push(terms);
  for (const { short, shortForm, long } of ABBREVIATIONS) {
    if (short.test(folded) && !folded.includes(long)) topical.push(long);
    else if (folded.includes(long) && !short.test(folded)) topical.push(shortForm);
  }
  const added = [...topical];
  for (const [pattern, terms] of INTENT_TERMS) if (pattern.test(folded)) added.push(terms);
  return { text: added.length ? `${question} ${added.join(' ')}` : question, added, topical };
}
