import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.ts';
import { isValidBsn, isValidIban, maskPersonalData } from './pii.ts';

const m = (s: string): string => maskPersonalData(s).text;

describe('maskPersonalData: true positives', () => {
  it('e-mail addresses', () => {
    const r = maskPersonalData('Mail j.de.vries+stage@school-x.nl of info@bedrijf.co.uk.');
    expect(r.text).toBe('Mail [e-mailadres] of [e-mailadres].');
    expect(r.masked).toEqual([{ type: 'email', count: 2 }]);
  });

  it.each([
    ['06-12345678'],
    ['06 1234 5678'],
    ['06 12 34 56 78'],
    ['0612345678'],
    ['+31 6 12345678'],
    ['+31 (0)6 12345678'],
    ['+31612345678'],
    ['0031 6 12345678'],
    ['010-1234567'],
    ['(010) 123 45 67'],
    ['020 123 4567'],
    ['0513-123456'],
    ['0800-1234'],
    ['0900 1234567'],
  ])('phone %s', (phone) => {
    const r = maskPersonalData(`Bel ${phone} voor vragen.`);
    expect(r.text).toBe('Bel [telefoonnummer] voor vragen.');
    expect(r.masked).toEqual([{ type: 'phone', count: 1 }]);
  });

  it('BSN numbers that pass the 11-proef, with dots or spaces', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
    expect(m('BSN: 111222333.')).toBe('BSN: [BSN].');
    expect(m('BSN 1234.56.782 van de leerling')).toBe('BSN [BSN] van de leerling');
    expect(m('burgerservicenummer 123 456 782')).toBe('burgerservicenummer [BSN]');
    expect(maskPersonalData('bsn 123.456.782').masked).toEqual([{ type: 'bsn', count: 1 }]);
  });

  it('IBANs validated with mod-97', () => {
    expect(isValidIban('NL91ABNA0417164300')).toBe(true);
    expect(isValidIban('NL91ABNA0417164301')).toBe(false);
    expect(m('Rekening NL91 ABNA 0417 1643 00 t.n.v. school')).toBe('Rekening [IBAN] t.n.v. school');
    expect(m('Rekening NL91ABNA0417164300.')).toBe('Rekening [IBAN].');
    expect(m('rekening nl91abna0417164300')).toBe('rekening [IBAN]');
    expect(m('BE68 5390 0754 7034 (België)')).toBe('[IBAN] (België)');
    // Invalid checksum stays.
    expect(m('NL91 ABNA 0417 1643 01')).toBe('NL91 ABNA 0417 1643 01');
  });

  it('addresses: street + number + postcode, postcode + number', () => {
    expect(m('Adres: Stationsstraat 12, 1234 AB Utrecht')).toBe('Adres: [adres] Utrecht');
    expect(m('Laan van Meerdervoort 50a, 2517 AB Den Haag')).toBe('[adres] Den Haag');
    expect(m('Stationsstraat 12\n1234 AB Utrecht')).toBe('[adres] Utrecht');
    expect(m('postcode 1234 AB 12')).toBe('postcode [adres]');
    expect(m('postcode 1234AB, 12a.')).toBe('postcode [adres].');
    expect(m('Ze woont aan de Kerkweg 7 in Zwolle.')).toBe('Ze woont aan de [adres] in Zwolle.');
    const r = maskPersonalData('Stationsstraat 12, 1234 AB Utrecht en 5678 CD 3');
    expect(r.masked).toEqual([{ type: 'address', count: 2 }]);
  });

  it('masks a mixed contact block and reports counts in a fixed order', () => {
    const r = maskPersonalData(
      'Stagebegeleider: Piet Jansen, piet@bedrijf.nl, 06-12345678, Dorpsstraat 1, 1111 AA Ergens. IBAN NL91ABNA0417164300. BSN 111222333.',
    );
    expect(r.text).toBe('Stagebegeleider: Piet Jansen, [e-mailadres], [telefoonnummer], [adres] Ergens. IBAN [IBAN]. BSN [BSN].');
    expect(r.masked).toEqual([
      { type: 'email', count: 1 },
      { type: 'phone', count: 1 },
      { type: 'bsn', count: 1 },
      { type: 'iban', count: 1 },
      { type: 'address', count: 1 },
    ]);
  });
});

describe('maskPersonalData: false positives stay', () => {
  it.each([
    'De stage begint op 12-03-2025 en eindigt op 01-07-2025.',
    'Datum: 01-03-2025 14:00 uur',
    'Het programma omvat 640 klokuren per jaar.',
    'Zie artikel 2.36, lid 3, van het UB WVO 2020.',
    'In 2024 en 2025 deed 85% mee; 12,5% niet.',
    'Leerlingnummer 123456789 voldoet niet aan de proef.',
    'Bedrag € 123.456.782 in de begroting (geldig volgens 11-proef, maar een bedrag).',
    'Postcode 1234 AB Utrecht, zonder huisnummer.',
    'De basisberoepsgerichte leerweg 2 en Leerweg 3.',
    'Periode 1 t/m 4, week 36-40, 1.200 uur, versie 2.3.1',
    'Schooljaar 2025-2026, leerjaar 3, 2 dagen per week, 08:30-16:00.',
    'Tabel 11.3: 12 van 123 scholen (9,8%).',
  ])('%s', (s) => {
    const r = maskPersonalData(s);
    expect(r.text).toBe(s);
    expect(r.masked).toEqual([]);
  });
});

describe('maskPersonalData: performance', () => {
  it('handles a large document quickly', () => {
    const para = 'De leerling loopt 2 dagen per week stage bij Bakkerij 12 in week 36-40 (zie artikel 2.36). ';
    const text = `${para.repeat(20_000)}Mail a@b.nl`;
    const t0 = performance.now();
    const r = maskPersonalData(text);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(r.masked).toEqual([{ type: 'email', count: 1 }]);
  });
});

// ---------------------------------------------------------------------------------------------
// Generated variants: every way of writing a number or address that a school document uses.

/** A small seeded PRNG (mulberry32), so failures reproduce. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    digits: (n: number) => Array.from({ length: n }, () => String(Math.floor(next() * 10))).join(''),
    chance: (p: number) => next() < p,
  };
}

const R = rng(20260701);
const FULL_WIDTH = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
const ZERO_WIDTH = (s: string) => s.replace(/(\d)(?=\d)/g, (d) => (R.chance(0.3) ? `${d}\u200b` : d));
/** Unicode disguises a pasted or scanned document may carry. */
const disguise = (s: string) => (R.chance(0.2) ? FULL_WIDTH(s) : R.chance(0.25) ? ZERO_WIDTH(s) : s);

/** Splits digits into groups of the given sizes, joined by `sep`. */
const grouped = (digits: string, sizes: number[], sep: string) => {
  const out: string[] = [];
  let at = 0;
  for (const n of sizes) {
    out.push(digits.slice(at, at + n));
    at += n;
  }
  return out.join(sep);
};

const DASHES = ['-', '\u2013', '\u2014', '\u2011', '\u2212'];
const PHONE_SEPARATORS = ['', ' ', '-', '.', ' - ', '/', '\u00a0', ...DASHES, ` ${'\u2013'} `];

function phone(): string {
  const sep = R.pick(PHONE_SEPARATORS);
  if (R.chance(0.5)) {
    const rest = R.digits(8);
    const sizes = R.pick([[8], [4, 4], [2, 2, 2, 2], [3, 3, 2], [2, 3, 3]]);
    return R.chance(0.3) ? `06${sep}${grouped(rest, sizes, R.pick([' ', '.', '-']))}` : `06${sep}${grouped(rest, sizes, sep)}`;
  }
  if (R.chance(0.5)) {
    const area = R.pick(['010', '020', '030', '050', '070', '0513', '0599', '0182']);
    const rest = R.digits(10 - area.length);
    return R.chance(0.3)
      ? `(${area}) ${rest}`
      : `${area}${sep}${grouped(rest, rest.length === 7 ? R.pick([[7], [3, 4], [3, 2, 2]]) : [6], sep === '' ? '' : ' ')}`;
  }
  const rest = R.digits(8);
  return R.pick([
    `+31 6 ${rest}`,
    `+31 (0)6 ${rest}`,
    `+31 (0)6-${rest.slice(0, 4)} ${rest.slice(4)}`,
    `+316${rest}`,
    `0031 6 ${rest}`,
    `+31${sep}6${sep}${rest}`,
  ]);
}

function bsn(): string {
  for (;;) {
    const d = R.digits(8);
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += (9 - i) * Number(d[i]);
    const check = sum % 11;
    if (check === 10 || /^0+$/.test(d)) continue;
    const n = d + String(check);
    const forms = [
      n,
      grouped(n, [3, 3, 3], '.'),
      grouped(n, [3, 3, 3], ' '),
      grouped(n, [4, 2, 3], '.'),
      grouped(n, [2, 2, 2, 3], '.'),
      `BSN ${grouped(n, [3, 3, 3], R.pick(DASHES))}`,
      `BSN${n}`,
      `BSN: ${n}`,
      `bsn-nummer ${grouped(n, [3, 3, 3], '-')}`,
      `burgerservicenummer ${n}`,
    ];
    return R.pick(forms);
  }
}

function iban(): string {
  const bank = R.pick(['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'BUNQ']);
  const account = R.digits(10);
  const numeric = [...`${bank + account}NL00`].map((c) => (c >= 'A' ? String(c.charCodeAt(0) - 55) : c)).join('');
  let rem = 0;
  for (const d of numeric) rem = (rem * 10 + Number(d)) % 97;
  const check = String(98 - rem).padStart(2, '0');
  const compact = `NL${check}${bank}${account}`;
  const spaced = compact.replace(/(.{4})(?=.)/g, '$1 ');
  return R.pick([compact, spaced, compact.toLowerCase()]);
}

function email(): string {
  const local = R.pick(['j.de.vries', 'piet', 'stage+2025', 'm_jansen', 'info', 'a.b-c']);
  const domain = R.pick(['school.nl', 'bedrijf-x.nl', 'mail.example.co.uk', 'gmail.com', 'vo.school.nl']);
  return `${local}@${domain}`;
}

const STREETS = [
  'Stationsstraat',
  'Kerkweg',
  'Burgemeester de Vlugtlaan',
  'Van Goghstraat',
  'Dorpsstraat',
  'Laan van Meerdervoort',
  'Oude Gracht',
  'Markt',
  'Prins Hendrikkade',
  'Rijksstraatweg',
  'Plein 1813',
];
function address(): string {
  const nr = `${1 + R.int(400)}${R.pick(['', 'a', 'B', '-2', ' bis', ' hs'])}`;
  const postcode = `${1 + R.int(9)}${R.digits(3)}${R.pick([' ', ''])}${R.pick(['AB', 'EA', 'KL', 'XZ'])}`;
  const street = R.pick(STREETS);
  return R.pick([`${street} ${nr}`, `${street} ${nr}, ${postcode} Utrecht`, `Lange Voorhout ${nr}, ${postcode} Den Haag`, `${postcode} ${nr}`]);
}

const CONTEXTS = ['Bel {} voor vragen.', '{}', 'Contact: {} (stagebegeleider)', 'Gegevens leerling: {}.', 'Zie {}\nen verder.'];
const GENERATORS = { phone, bsn, iban, email, address } as const;

describe('maskPersonalData: generated variants', () => {
  for (const [type, make] of Object.entries(GENERATORS)) {
    it(`masks 300 generated ${type} variants in every context`, () => {
      for (let k = 0; k < 300; k++) {
        const value = type === 'email' || type === 'iban' ? make() : disguise(make());
        const text = R.pick(CONTEXTS).replace('{}', value);
        const r = maskPersonalData(text);
        expect(
          r.masked.map((m) => m.type),
          JSON.stringify(text),
        ).toContain(type);
        // No digit run of the original survives.
        for (const run of normalizeText(value).match(/\d{4,}/g) ?? []) expect(r.text, JSON.stringify(text)).not.toContain(run);
      }
    });
  }

  it('masks the disguises outside checks found: dashes, dots, zero-width and full-width digits, glued BSN, long street names', () => {
    expect(m('Bel 06\u201334567890.')).toBe('Bel [telefoonnummer].');
    expect(m('Bel 06.45.67.89.01.')).toBe('Bel [telefoonnummer].');
    expect(m('Bel 06\u200b12345678.')).toBe('Bel [telefoonnummer].');
    expect(m('Bel ０６１２３４５６７８.')).toBe('Bel [telefoonnummer].');
    expect(m('BSN 123-456-782')).toBe('BSN [BSN]');
    expect(m('BSN123456782')).toBe('BSN[BSN]');
    expect(m('Laan van Meerdervoort 5')).toBe('[adres]');
    expect(m('Adres: Lange Voorhout 3')).toBe('Adres: [adres]');
  });

  it('leaves generated look-alikes alone: dates, times, amounts, articles, hours, years, short numbers', () => {
    const lookAlikes = () =>
      R.pick([
        `${1 + R.int(28)}-${1 + R.int(12)}-20${10 + R.int(20)} t/m ${1 + R.int(28)}-${1 + R.int(12)}-20${10 + R.int(20)}`,
        `${1 + R.int(28)}.${1 + R.int(12)}.20${10 + R.int(20)} om ${8 + R.int(8)}.${R.pick(['00', '30'])} uur`,
        `€ ${1 + R.int(999)}.${R.digits(3)}.${R.digits(3)}`,
        `artikel 2.${30 + R.int(10)} lid ${1 + R.int(5)}`,
        `${R.int(2000)} uur in leerjaar ${1 + R.int(6)}`,
        `schooljaar 20${20 + R.int(10)}-20${21 + R.int(10)}`,
        `${R.int(100)},${R.int(10)}% van de ${R.int(500)} scholen`,
        `06-${R.digits(7)}`,
        `Bakkerij ${1 + R.int(99)} in week ${30 + R.int(10)}-${40 + R.int(10)}`,
        `De basisberoepsgerichte leerweg ${1 + R.int(4)}`,
      ]);
    for (let k = 0; k < 300; k++) {
      const text = lookAlikes();
      const r = maskPersonalData(text);
      expect(r.masked, text).toEqual([]);
      expect(r.text).toBe(normalizeText(text));
    }
  });
});

describe('maskPersonalData: linear time on any input', () => {
  /** Best of five runs, in ms. */
  const time = (text: string) => {
    let best = Infinity;
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now();
      maskPersonalData(text);
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };
  const PATTERNS = [
    'A.',
    'Aa-',
    'a',
    'A',
    '1',
    '1 ',
    '1.',
    '1-',
    '0',
    '06 ',
    '@',
    'a@',
    'a@a.',
    'a.',
    'NL91',
    'NL91 ',
    'Aa ',
    'Straat ',
    'Laan van ',
    '1234 AB ',
    '+31 ',
    '(0',
    '12 Stationsstraat ',
    'BSN',
    'BSN 1',
    '\u200b1',
    '１',
  ];
  for (const p of PATTERNS) {
    it(`grows linearly on a run of ${JSON.stringify(p)}`, () => {
      const small = time(p.repeat(Math.ceil(8_000 / p.length)));
      const large = time(p.repeat(Math.ceil(128_000 / p.length)));
      // Sixteen times the text: a linear scan costs about sixteen times as much, a quadratic one 256 times.
      // (Generous: the machine is shared with other tests.)
      expect(large).toBeLessThan(Math.max(small * 64, 100));
      expect(large).toBeLessThan(1500);
    });
  }
});
