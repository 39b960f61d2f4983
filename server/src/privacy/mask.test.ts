import { describe, expect, it } from 'vitest';
import { isValidBsn, isValidIban, maskPersonalData } from './mask.ts';

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
    const text = para.repeat(20_000) + 'Mail a@b.nl';
    const t0 = performance.now();
    const r = maskPersonalData(text);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(r.masked).toEqual([{ type: 'email', count: 1 }]);
  });
});
