// Which kernpunten answer a reading: the points' own match with the question, the rank of the passage they restate,
// and how well they fit the asker (school type, persona) and the kind of question.
import type { ScoredChunk } from '../domain.ts';
import type { Kernpunt } from '../knowledge/kernpunten.ts';
import { withinType, type QuestionKindId, type SchoolTypeId } from '../nl/index.ts';
import type { CorpusIndex } from '../retrieval/corpus-index.ts';
import { CONTENTS_LIST } from './enumeration.ts';
import type { Reading } from './reading.ts';

export interface RankedPoint {
  point: Kernpunt;
  chunkId: string;
  score: number;
  /** It shares a telling word with the question: only such a point may lead an answer. */
  telling: boolean;
}

/** A matched query stem tells something when the question weighs it and few kernpunten share it. */
const TELLING_WEIGHT = 0.5;
const TELLING_IDF = 1.2;
/** How much a point's own match counts next to the score of the passage it restates. */
const OWN_MATCH = 0.6;

/** How much a source about a track within a school type counts for a question that names no type. */
const UNNAMED_TRACK = 0.85;

/**
 * Above 1 when a source is about the asker's school type (or a track of it), below 1 when about another or about
 * one the asker denies ("geen lwt"), and a little below 1 when about a track the asker did not name.
 */
export function typeFit(types: ReadonlyArray<SchoolTypeId | 'all'>, asked: SchoolTypeId[], denied: SchoolTypeId[] = []): number {
  if (!types.length || types.includes('all')) return 1;
  const own = types as SchoolTypeId[];
  if (denied.length && own.every((t) => denied.includes(t) || denied.includes(withinType(t)!))) return 0.45;
  // No type named: the common case, not a track within a type (lwt, one leerweg) that the asker did not name.
  if (!asked.length) return own.every((t) => withinType(t) !== null) ? UNNAMED_TRACK : 1;
  // `asked` holds a named track and the type it lies within ("3 kader": vmbo-kb, vmbo). A source about one of those
  // fits, and so does one about a track of a named type ("vmbo": lwt), unless the asker named another track of it.
  const parent = (t: SchoolTypeId) => withinType(t);
  const otherTrackNamed = (t: SchoolTypeId) => asked.some((a) => a !== t && parent(a) !== null && parent(a) === parent(t));
  const fits = own.some((t) => asked.includes(t) || (parent(t) !== null && asked.includes(parent(t)!) && !otherTrackNamed(t)));
  return fits ? 1.25 : 0.45;
}

/**
 * Points by how well they answer: mostly the score of the passage they restate (the fused, reranked search score),
 * then their own match with the question, then how they fit the asker and the kind of question; for a question
 * about what a document must contain, the points restating the law's list of its contents (`contentsList`).
 */
export function rankPoints(index: CorpusIndex, reading: Reading, passages: ScoredChunk[], contentsList?: string): RankedPoint[] {
  const kinds = reading.kinds;
  const byPoint = new Map<string, RankedPoint>();
  const hits = index.searchPoints(reading.query, 40);
  const best = hits[0]?.score || 1;
  for (const h of hits) {
    const telling = h.matched.some((s) => (reading.query.stems.get(s) ?? 0) >= TELLING_WEIGHT && index.pointIdf(s) >= TELLING_IDF);
    byPoint.set(h.point.id, { point: h.point, chunkId: h.chunkId, score: OWN_MATCH * (h.score / best), telling });
  }
  const passageScore = new Map(passages.map((p) => [p.id, p.score]));
  for (const p of passages.slice(0, 8)) {
    for (const point of index.pointsOf(p.id)) {
      if (!byPoint.has(point.id)) byPoint.set(point.id, { point, chunkId: p.id, score: 0, telling: false });
    }
  }
  for (const r of byPoint.values()) {
    const p = r.point;
    const chunks = index.chunkIdsOf(p.id);
    const inPassage = Math.max(0, ...chunks.map((id) => passageScore.get(id) ?? 0));
    const home = chunks.find((id) => passageScore.get(id) === inPassage && inPassage > 0);
    if (home) r.chunkId = home;
    r.score += inPassage;
    r.score *= typeFit(p.schoolTypes, reading.schoolTypes, reading.deniedTypes);
    r.score *= p.personas.includes(reading.persona) ? 1.1 : 0.85;
    if (p.answers?.some((k) => kinds.has(k as QuestionKindId))) r.score *= 1.2;
    if (kinds.has('amount') && /\d/.test(p.formal)) r.score *= 1.1;
    if (contentsList && chunks.includes(contentsList)) r.score *= CONTENTS_LIST;
  }
  return [...byPoint.values()].sort((a, b) => b.score - a.score);
}

/** Who a pupil (or a school) can turn to: the route points of the report, found once per index. */
const ROUTE_QUERY = 'aanspreekpunt stagebegeleider van de afdeling melden contact opnemen hulp bij problemen op de stage';
const routes = new WeakMap<CorpusIndex, RankedPoint[]>();

export function routePoints(index: CorpusIndex): RankedPoint[] {
  let found = routes.get(index);
  if (!found) {
    found = index
      .searchPoints(index.query(ROUTE_QUERY), 20)
      .filter((h) => h.point.answers?.includes('route') && h.point.kind === 'report')
      .map((h) => ({ point: h.point, chunkId: h.chunkId, score: 0, telling: true }));
    routes.set(index, found);
  }
  return found;
}
