// School types named in a text ("3 kader", "pro-afdelingen", "havo/vwo"), from lexicon/school-types.json.
import { SCHOOL_TYPES, type SchoolType, type SchoolTypeId } from './lexicon.ts';
import { PhraseMatcher } from './phrases.ts';

let matcher: PhraseMatcher<SchoolType> | undefined;

export function schoolTypeMatcher(): PhraseMatcher<SchoolType> {
  matcher ??= new PhraseMatcher(SCHOOL_TYPES.flatMap((t) => t.phrases.map((phrase) => ({ phrase, value: t }))));
  return matcher;
}

const isTrack = (id: SchoolTypeId) => SCHOOL_TYPES.find((t) => t.id === id)!.within !== null;

/** School types named in a text, a track ("vmbo-kb") before the type it belongs to ("vmbo"). */
export function schoolTypesIn(text: string): SchoolTypeId[] {
  const found = schoolTypeMatcher().values(text);
  const ids = new Set(found.map((t) => t.id));
  for (const t of found) if (t.within) ids.add(t.within);
  return [...ids].sort((a, b) => Number(isTrack(b)) - Number(isTrack(a)));
}

/** The broader type a track belongs to, if any. */
export function withinType(id: SchoolTypeId): SchoolTypeId | null {
  return SCHOOL_TYPES.find((t) => t.id === id)?.within ?? null;
}
