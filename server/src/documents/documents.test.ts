import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { DocumentError, DOCUMENT_LIMITS, extractDocument, htmlToText, sniffFormat } from './index.ts';
import { extractPdf } from './pdf.ts';
import {
  makeDocx,
  makeDocxWithImage,
  makeEncryptedPdf,
  makeLyingZip,
  makeManyPagesPdf,
  makeOle,
  makePdf,
  makeRectanglePdf,
  makeZipBomb,
} from './fixtures.test-helpers.ts';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

async function expectError(p: Promise<unknown>, code: string, status: number, message?: string | RegExp): Promise<DocumentError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(DocumentError);
    const e = err as DocumentError;
    expect({ code: e.code, status: e.status }).toEqual({ code, status });
    if (typeof message === 'string') expect(e.message).toBe(message);
    else if (message) expect(e.message).toMatch(message);
    return e;
  }
  throw new Error(`expected DocumentError ${code}`);
}

const UNSUPPORTED = 'Dit bestandstype wordt niet ondersteund. Upload een PDF, Word-document (.docx), HTML-, Markdown- of tekstbestand.';

describe('sniffFormat', () => {
  it('sniffs content, not names', async () => {
    const docx = await makeDocx();
    expect(sniffFormat(docx, 'plan.pdf')).toBe('docx');
    expect(sniffFormat(enc('Gewoon tekst over de stage.'), 'plan.docx')).toBe('txt');
    expect(sniffFormat(enc('%PDF-1.7\n...'), 'plan.txt')).toBe('pdf');
    expect(sniffFormat(enc('<!DOCTYPE html><html><body><p>x</p></body></html>'), 'plan.txt')).toBe('html');
    expect(sniffFormat(enc('<p>Alinea</p>\n<ul><li>a</li></ul>'))).toBe('html');
    expect(sniffFormat(enc('# Stageplan\n\n- doel 1\n- doel 2\n'))).toBe('md');
    expect(sniffFormat(enc('Geen opmaak hier.'), 'notities.md')).toBe('md');
    expect(sniffFormat(enc('Een gewone zin.\nNog een zin.'))).toBe('txt');
  });

  it('rejects binaries and other zips', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(sniffFormat(png, 'plan.pdf')).toBeNull();
    expect(sniffFormat(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBeNull();
    expect(sniffFormat(enc('GIF89a\u0001\u0000'))).toBeNull();
    expect(sniffFormat(new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]))).toBeNull();
    const xlsx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
    expect(sniffFormat(xlsx, 'plan.docx')).toBeNull();
    const garbage = new Uint8Array(256).map((_, i) => (i * 37 + 11) % 256);
    expect(sniffFormat(garbage)).toBeNull();
  });
});

describe('extractDocument: text formats', () => {
  it('accepts UTF-8 with BOM', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Stageplan voor Eéva\r\nregel twee')]);
    const doc = await extractDocument(bytes, 'plan.txt');
    expect(doc.format).toBe('txt');
    expect(doc.text).toBe('Stageplan voor Eéva\nregel twee');
  });

  it('decodes Windows-1252 text', async () => {
    // "Begeleiding door de stagecoördinator – €10 per dag" in cp1252
    const s = 'Begeleiding door de stagecoördinator ';
    const bytes = new Uint8Array([...Array.from(s, (c) => c.charCodeAt(0)), 0x96, 0x20, 0x80, ...enc('10 per dag, cafe')]);
    bytes[bytes.length - 1] = 0xe9; // é
    const doc = await extractDocument(bytes, 'plan.txt');
    expect(doc.format).toBe('txt');
    expect(doc.text).toBe('Begeleiding door de stagecoördinator – €10 per dag, café');
  });

  it('accepts UTF-16LE with BOM', async () => {
    const s = 'Stageplan 2025';
    const bytes = new Uint8Array(2 + s.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < s.length; i++) bytes[2 + i * 2] = s.charCodeAt(i);
    expect((await extractDocument(bytes, 'plan.txt')).text).toBe(s);
  });

  it('keeps Markdown as is', async () => {
    const doc = await extractDocument(enc('# Stageplan\n\n- doel 1\n- doel 2\n\n\n\nSlot  \n'), 'plan.md');
    expect(doc).toEqual({ format: 'md', text: '# Stageplan\n\n- doel 1\n- doel 2\n\nSlot' });
  });

  it('a .docx name with text bytes is text', async () => {
    const doc = await extractDocument(enc('Dit is gewoon tekst.'), 'plan.docx');
    expect(doc.format).toBe('txt');
  });

  it('turns HTML into structured text and drops scripts/nav/footer', async () => {
    const html = `<!doctype html><html><head><title>Titel</title><style>p{color:red}</style></head><body>
      <nav><a href="/">Home</a></nav>
      <h1>Stageplan &amp; afspraken</h1>
      <p>De   leerling
      loopt stage.<br>Tweede regel</p>
      <script>alert("x")</script>
      <ul><li>Punt een</li><li>Punt <b>twee</b><ol start="3"><li>Sub</li></ol></li></ul>
      <table><thead><tr><th>Dag</th><th>Uren</th></tr></thead><tbody><tr><td><p>Maandag</p></td><td>8</td></tr></tbody></table>
      <div hidden>verborgen</div><noscript>geen js</noscript><template><p>tpl</p></template>
      <p>Caf&eacute; &#8364;5&nbsp;per dag</p>
      <footer>Voettekst</footer></body></html>`;
    const doc = await extractDocument(enc(html), 'plan.html');
    expect(doc.format).toBe('html');
    expect(doc.text).toBe(
      [
        '# Stageplan & afspraken',
        '',
        'De leerling loopt stage.',
        'Tweede regel',
        '',
        '- Punt een',
        '- Punt twee',
        '  3. Sub',
        '',
        'Dag | Uren',
        'Maandag | 8',
        '',
        'Café €5 per dag',
      ].join('\n'),
    );
  });

  it('htmlToText handles malformed HTML', () => {
    expect(htmlToText('<p>open <b>bold<table><tr><td>a<td>b</table>')).toBe('open bold\n\na | b');
  });

  it('rejects empty and whitespace-only documents', async () => {
    await expectError(extractDocument(new Uint8Array(0)), 'empty_file', 400);
    await expectError(extractDocument(enc('  \n\t \n'), 'leeg.txt'), 'empty_document', 422, 'Er staat geen leesbare tekst in dit document.');
    await expectError(extractDocument(enc('<html><body><script>x()</script></body></html>')), 'empty_document', 422);
  });

  it('rejects binaries with 415', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await expectError(extractDocument(png, 'plan.pdf'), 'unsupported_type', 415, UNSUPPORTED);
    await expectError(extractDocument(new Uint8Array([0x41, 0x42, 0, 0x43, 0x44]), 'plan.txt'), 'unsupported_type', 415, UNSUPPORTED);
    const xlsx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
    await expectError(extractDocument(xlsx, 'cijfers.xlsx'), 'unsupported_type', 415, UNSUPPORTED);
  });

  it('rejects files over 10 MB with 413', async () => {
    await expectError(extractDocument(new Uint8Array(DOCUMENT_LIMITS.maxBytes + 1).fill(0x61)), 'file_too_large', 413, /te groot/);
  });

  it('rejects text over 2 MB with 413', async () => {
    await expectError(extractDocument(new Uint8Array(DOCUMENT_LIMITS.maxTextChars + 10).fill(0x61), 'a.txt'), 'text_too_large', 413);
  });
});

describe('extractDocument: PDF', () => {
  it('extracts paragraphs, lists, de-hyphenates and keeps page starts', async () => {
    const pdf = await makePdf([
      [
        { text: 'Stageplan 2025', y: 780, size: 18 },
        { text: 'Dit is de eerste regel van een alinea die door-', y: 740 },
        { text: 'loopt op de volgende regel, beroeps-', y: 726 },
        { text: 'en praktijkgericht.', y: 712 },
        { text: 'Tweede alinea begint hier.', y: 680 },
        { text: '• Eerste punt', y: 660 },
        { text: '• Tweede punt', y: 646 },
        { text: 'Dag', y: 600 },
        { text: 'Uren', x: 300, y: 600 },
      ],
      [{ text: 'Pagina twee tekst.', y: 780 }],
      [{ text: 'Pagina drie tekst.', y: 780 }],
    ]);
    const doc = await extractDocument(pdf, 'plan.pdf');
    expect(doc.format).toBe('pdf');
    expect(doc.pages).toBe(3);
    expect(doc.text).toBe(
      [
        'Stageplan 2025',
        '',
        'Dit is de eerste regel van een alinea die doorloopt op de volgende regel, beroeps- en praktijkgericht.',
        '',
        'Tweede alinea begint hier.',
        '- Eerste punt',
        '- Tweede punt',
        '',
        'Dag | Uren',
        '',
        'Pagina twee tekst.',
        '',
        'Pagina drie tekst.',
      ].join('\n'),
    );
    expect(doc.pageStarts).toHaveLength(3);
    expect(doc.pageStarts![0]).toBe(0);
    expect(doc.text.slice(doc.pageStarts![1]!).startsWith('Pagina twee')).toBe(true);
    expect(doc.text.slice(doc.pageStarts![2]!)).toBe('Pagina drie tekst.');
  });

  it('a PDF without text layer is 422 no_text_layer', async () => {
    const e = await expectError(extractDocument(await makeRectanglePdf(), 'scan.pdf'), 'no_text_layer', 422);
    expect(e.message).toBe('Dit PDF-bestand lijkt een scan zonder tekst. Upload een PDF met tekst of een Word-bestand.');
  });

  it('an encrypted PDF is 422 encrypted_pdf', async () => {
    await expectError(
      extractDocument(makeEncryptedPdf(), 'beveiligd.pdf'),
      'encrypted_pdf',
      422,
      'Dit PDF-bestand is beveiligd met een wachtwoord. Sla het op zonder beveiliging en probeer het opnieuw.',
    );
  });

  it('a truncated PDF is 422 corrupt_file', async () => {
    const pdf = await makePdf([[{ text: 'Hallo wereld, dit is een stageplan.', y: 700 }]]);
    await expectError(extractDocument(pdf.slice(0, 200), 'kapot.pdf'), 'corrupt_file', 422, /beschadigd/);
    await expectError(extractDocument(enc('%PDF-1.4\nrommel rommel'), 'kapot.pdf'), 'corrupt_file', 422);
  });

  it('a PDF that takes too long is 422 processing_timeout', async () => {
    await expectError(extractPdf(await makeManyPagesPdf(50), 1), 'processing_timeout', 422, /duurde te lang/);
  });

  it('more than 200 pages is 413 too_many_pages', async () => {
    await expectError(extractDocument(await makeManyPagesPdf(201), 'lang.pdf'), 'too_many_pages', 413, /200/);
  });
});

describe('extractDocument: DOCX', () => {
  it('extracts headings, lists and tables', async () => {
    const doc = await extractDocument(await makeDocx(), 'plan.docx');
    expect(doc.format).toBe('docx');
    const lines = doc.text.split('\n');
    expect(lines).toContain('# Stageplan Praktijkonderwijs');
    expect(lines).toContain('## Leerdoelen');
    expect(lines).toContain('- Op tijd komen');
    expect(lines).toContain('- Samenwerken met collega’s');
    expect(lines).toContain('1. Eerste stap');
    expect(lines).toContain('2. Tweede stap');
    expect(lines).toContain('Dag | Uren');
    expect(lines).toContain('Maandag | 8');
    expect(doc.text).toContain('De leerling loopt stage bij Bakkerij De Korenbloem.\n\n## Leerdoelen');
    expect(doc.text.endsWith('Slotalinea na de tabel.')).toBe(true);
  });

  it('images are skipped without reading media', async () => {
    const doc = await extractDocument(await makeDocxWithImage(), 'logo.docx');
    expect(doc.text).toBe('# Logo hieronder\n\nTekst na de afbeelding.');
  });

  it('a DOCX named .pdf is read as DOCX', async () => {
    const doc = await extractDocument(await makeDocx(), 'plan.pdf', 'application/pdf');
    expect(doc.format).toBe('docx');
    expect(doc.text).toContain('# Stageplan Praktijkonderwijs');
  });

  it('a zip bomb is rejected from its declared sizes', async () => {
    const bomb = makeZipBomb();
    expect(bomb.length).toBeLessThan(200_000);
    await expectError(extractDocument(bomb, 'bom.docx'), 'zip_bomb', 413, /na uitpakken te groot/);
  });

  it('a zip that lies about its sizes is stopped while inflating', async () => {
    await expectError(extractDocument(makeLyingZip(), 'leugen.docx'), 'zip_bomb', 413);
  });

  it('a corrupt DOCX is 422 corrupt_file', async () => {
    const docx = await makeDocx();
    await expectError(extractDocument(docx.slice(0, Math.floor(docx.length / 2)), 'kapot.docx'), 'corrupt_file', 422);
    // Valid zip, garbage in document.xml.
    const bad = zipSync({ 'word/document.xml': strToU8('dit is geen xml <<<'), '[Content_Types].xml': strToU8('<x/>') });
    await expectError(extractDocument(bad, 'kapot.docx'), 'corrupt_file', 422);
  });

  it('an encrypted Office file is 422 encrypted_document; legacy .doc is 415', async () => {
    await expectError(extractDocument(makeOle('EncryptedPackage'), 'geheim.docx'), 'encrypted_document', 422, /wachtwoord/);
    await expectError(extractDocument(makeOle('WordDocument'), 'oud.doc'), 'unsupported_type', 415, /\.docx/);
  });
});
