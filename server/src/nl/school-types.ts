// School types named in a text ("3 kader", "pro-afdelingen", "havo/vwo"), from lexicon/school-types.json.
import { SCHOOL_TYPES, type SchoolType, type SchoolTypeId } from './lexicon.ts';
import { PhraseMatcher } from './phrases.ts';

let matcher: PhraseMatcher<SchoolType> | undefined;

export function schoolTypeMatcher(): PhraseMatcher<SchoolType> {
  matcher ??= new PhraseMatcher(SCHOOL_TYPES.flatMap((t) => t.phrases.map((phrase) => ({ phrase, value: t }))));
  return matcher;
}

const isTrack = (id: SchoolTypeId) => SCHOOL_TYPES.find((t) => t.id === id)!.within !== null;

/** Words that deny a school type right before it: "geen lwt", "niet op pro", "zonder lwt". */
const DENIED = /\b(geen|niet|zonder|nooit)\s+(?:(?:op|in|bij|de|het|een)\s+){0,2}$/i;

/** School types a text denies: "ik zit in bb3, geen lwt" denies lwt. */
export function schoolTypesDenied(text: string): SchoolTypeId[] {
  return [
    ...new Set(
      schoolTypeMatcher()
        .find(text)
        .filter((h) => DENIED.test(text.slice(Math.max(0, h.start - 24), h.start)))
        .map((h) => h.value.id),
    ),
  ];
}

/** School types named in a text, a track ("vmbo-kb") before the type it belongs to ("vmbo"); denied ones left out. */
export function schoolTypesIn(text: string): SchoolTypeId[] {
  const hits = schoolTypeMatcher()
    .find(text)
    .filter((h) => !DENIED.test(text.slice(Math.max(0, h.start - 24), h.start)));
  const found = [...new Set(hits.map((h) => h.value))];
  const ids = new Set(found.map((t) => t.id));
  for (const t of found) if (t.within) ids.add(t.within);
  return [...ids].sort((a, b) => Number(isTrack(b)) - Number(isTrack(a)));
}

/** The broader type a track belongs to, if any. */
export function withinType(id: SchoolTypeId): SchoolTypeId | null {
  return SCHOOL_TYPES.find((t) => t.id === id)?.within ?? null;
}
