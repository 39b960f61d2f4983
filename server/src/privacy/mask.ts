// Masks personal data (e-mail, Dutch phone numbers, BSN, IBAN, street addresses) before
// a document is stored. Pure function; regexes are linear (no nested unbounded quantifiers).

export type MaskedType = 'email' | 'phone' | 'bsn' | 'iban' | 'address';

export interface MaskResult {
  text: string;
  masked: Array<{ type: MaskedType; count: number }>;
}

export const PLACEHOLDERS: Record<MaskedType, string> = {
  email: '[e-mailadres]',
  phone: '[telefoonnummer]',
  bsn: '[BSN]',
  iban: '[IBAN]',
  address: '[adres]',
};

const EMAIL = /(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![\w@])/g;

// NL: NLkk BBBB 0123 4567 89 (spaces optional). Others: compact, or grouped in fours.
const IBAN_NL = /(?<![A-Za-z0-9])NL ?\d{2} ?[A-Z]{4}(?: ?\d){10}(?![A-Za-z0-9])/gi;
const IBAN_OTHER = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?)(?![A-Za-z0-9])/g;

// Phone numbers. Digit counts are validated in the callback.
const PHONE_INTL = /(?<![\w+])(?:\+|00)31[ -]?(?:\(0\)[ -]?)?[1-9]\d{0,2}(?:[ -]?\d){6,8}(?![\w-])/g;
const PHONE_NATIONAL = /(?<![\w+\-/.,(])(?<![A-Z]{4} )(?:\(0\d{1,3}\)|0\d{1,3})(?: ?- ?| )?\d(?: ?\d){3,9}(?![\w\-/]|[.,]\d)/g;

// BSN: 9 digits, or 4.2.3 / 3.3.3 / 2.2.2.3 groups with dots or spaces.
const BSN = /(?<![\w.,\-/€$])(?<![€$] )(?:\d{9}|\d{4}([. ])\d{2}\1\d{3}|\d{3}([. ])\d{3}\2\d{3}|\d{2}([. ])\d{2}\3\d{2}\3\d{3})(?![\w€%]|[.,-]\d)/g;

// Addresses.
const POSTCODE = String.raw`[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}`;
const HOUSENR = String.raw`\d{1,5}(?: ?[a-zA-Z](?![a-zA-Z])| ?- ?\d{1,4}| (?:bis|hs|huis|boven|I{1,3})(?![a-zA-Z]))?`;
const STREET_WORD = String.raw`[A-ZÀ-Ý][A-Za-zÀ-ÿ'’.\-]*`;
const PARTICLE = String.raw`(?:van|de|der|den|het|'t|’t|aan|op|bij|in|te|ten|ter|la|le|du)`;
const STREET = String.raw`${STREET_WORD}(?: (?:${PARTICLE}|${STREET_WORD})){0,4}`;
/** "Stationsstraat 12, 1234 AB" (city may follow and stays). */
const STREET_NR_POSTCODE = new RegExp(String.raw`(?<![\w])${STREET} ${HOUSENR}(?:,? +|,? *\n *)${POSTCODE}(?![A-Za-z0-9])`, 'g');
/** "1234 AB 12", "1234AB, 12a". */
const POSTCODE_NR = new RegExp(String.raw`(?<![\w])${POSTCODE},? *${HOUSENR}(?![\w\-/]|[.,]\d)`, 'g');
/** "Stationsstraat 12" without a postcode: only with a clear street-type suffix. */
const STREET_SUFFIX = String.raw`(?:straat|laan|weg|plein|dijk|kade|gracht|singel|steeg|dreef|markt|plantsoen|boulevard|hof|park|baan|wal|dam|ring|gang|allee|lei|kant|pad)`;
const STREET_NR = new RegExp(String.raw`(?<![\w])(?:${STREET_WORD} (?:${PARTICLE} ){0,2}){0,2}[A-ZÀ-Ý][a-zà-ÿ'’\-]*${STREET_SUFFIX} ${HOUSENR}(?![\w\-/]|[.,]\d)`, 'g');
const NOT_A_STREET = /^(?:leerweg|leerpad|ontwikkelpad|loopbaan|leerlingwerkplaats)/i;

export function isValidBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

export function isValidIban(raw: string): boolean {
  const iban = raw.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  if (iban.startsWith('NL') && iban.length !== 18) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (const ch of rearranged) {
    const v = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem === 1;
}

function isValidNationalPhone(match: string): boolean {
  const d = match.replace(/\D/g, '');
  if (/^0(?:800|900|906|909)/.test(d)) return d.length === 8 || d.length === 11;
  return d.length === 10 && /^0[1-9]/.test(d);
}

function isValidIntlPhone(match: string): boolean {
  const d = match.replace(/\(0\)/, '').replace(/\D/g, '').replace(/^00/, '');
  return d.startsWith('31') && d.length === 11 && d[2] !== '0';
}

export function maskPersonalData(text: string): MaskResult {
  const counts: Record<MaskedType, number> = { email: 0, phone: 0, bsn: 0, iban: 0, address: 0 };
  const sub = (input: string, re: RegExp, type: MaskedType, valid?: (m: string) => boolean): string =>
    input.replace(re, (m: string) => {
      if (valid && !valid(m)) return m;
      counts[type]++;
      return PLACEHOLDERS[type];
    });

  let out = text;
  if (out.includes('@')) out = sub(out, EMAIL, 'email');
  out = sub(out, IBAN_NL, 'iban', isValidIban);
  out = sub(out, IBAN_OTHER, 'iban', isValidIban);
  out = sub(out, PHONE_INTL, 'phone', isValidIntlPhone);
  out = sub(out, PHONE_NATIONAL, 'phone', isValidNationalPhone);
  out = sub(out, BSN, 'bsn', (m) => isValidBsn(m.replace(/\D/g, '')));
  out = sub(out, STREET_NR_POSTCODE, 'address');
  out = sub(out, POSTCODE_NR, 'address');
  out = sub(out, STREET_NR, 'address', (m) => !NOT_A_STREET.test(/([^\s\d]+) \d/.exec(m)?.[1] ?? ''));

  const masked = (Object.keys(counts) as MaskedType[])
    .filter((t) => counts[t] > 0)
    .map((type) => ({ type, count: counts[type] }));
  return { text: out, masked };
}
