// Whom a statement is about: school types, scope, groups and who speaks, sectors outside the sources.
import { describe, expect, it } from 'vitest';
import { broadSchoolType, groupOf, readPopulation } from './populations.ts';

const types = (t: string) => readPopulation(t).schoolTypes.map((m) => m.id);
const scopes = (t: string) => readPopulation(t).scopes.map((m) => m.id);
const speakers = (t: string) =>
  readPopulation(t)
    .groups.filter((g) => g.speaker)
    .map((g) => g.id);

describe('school types', () => {
  it('reads types and tracks, in compounds too, and not the phrases that only look like one', () => {
    expect(types('De onderzochte vmbo-afdelingen en pro-scholen')).toEqual(['vmbo', 'pro']);
    expect(types('leerlingen in de kader- en basisberoepsgerichte leerweg')).toContain('vmbo-kb');
    expect(types('havo/vwo-afdelingen')).toContain('havo/vwo');
    expect(types('Op basis van de gesprekken, in het kader van LOB')).toEqual([]);
    expect(broadSchoolType('lwt')).toBe('vmbo');
  });
});

describe('scope', () => {
  it('tells the researched afdelingen, the country and the survey apart', () => {
    expect(scopes('op de bezochte afdelingen')).toEqual(['researched']);
    expect(scopes('alle vmbo-scholen in Nederland')).toContain('country');
    expect(scopes('uit de vragenlijst voor de Staat van het Onderwijs')).toContain('survey');
  });
});

describe('groups and speakers', () => {
  it('reads the group a noun names', () => {
    expect(groupOf('stagiairs')).toBe('leerlingen');
    expect(groupOf('stagebedrijven')).toBe('stagebieders');
    expect(groupOf('vmbo-afdelingen')).toBe('afdelingen');
  });

  it('finds who speaks: after "volgens", and around "geven aan", not the afdelingen where it was said', () => {
    expect(speakers('Volgens leerlingen gaat het bezoek niet door.')).toEqual(['leerlingen']);
    expect(speakers('Op twee afdelingen geven leerlingen aan dat het misgaat.')).toEqual(['leerlingen']);
    expect(speakers('Op zes van de zeven afdelingen geeft de schoolleiding aan dat het een aandachtspunt is.')).toEqual(['schoolleiders']);
  });
});

describe('outside the sources', () => {
  it('knows mbo-studenten and hogescholen are not the vo', () => {
    expect(readPopulation('Mbo-studenten en hbo-studenten lopen vaker stage.').outside.map((o) => o.id)).toEqual(['mbo', 'hoger onderwijs']);
  });
});
