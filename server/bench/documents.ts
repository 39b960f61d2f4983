import { PDFDocument, StandardFonts } from 'pdf-lib';

const PLAN = `Stageplan vmbo basis- en kaderberoepsgerichte leerweg

Doel van de stage
De stage helpt leerlingen te ontdekken welk beroep bij hen past. Leerlingen oefenen werknemersvaardigheden zoals op tijd komen, samenwerken en vragen stellen.

Inhoud van de stage
Leerlingen voeren opdrachten uit het stageboek uit, houden een logboek bij en interviewen een collega over het beroep.

Omvang van de stage
In leerjaar 3 lopen leerlingen een blokstage van twee weken (80 uur). In leerjaar 4 lopen zij een lintstage van één dag per week gedurende twintig weken.

Opbouw
Leerjaar 2 snuffelstage, leerjaar 3 blokstage, leerjaar 4 lintstage die aansluit bij het profiel.

Organisatie
De stagecoördinator regelt de stageovereenkomsten. De stagebegeleider van school bezoekt de leerling minimaal één keer. De praktijkbegeleider van het stagebedrijf begeleidt de leerling dagelijks en vult het beoordelingsformulier in.
`;

/** A realistic stageplan, repeated to `chars` characters. */
export function stageplanText(chars: number): string {
  let out = '';
  for (let i = 1; out.length < chars; i++) out += `\n\nHoofdstuk ${i}\n${PLAN}`;
  return out.slice(0, chars);
}

/** A PDF of `pages` pages with a text layer, for /api/check benchmarks. */
export async function makeStageplanPdf(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const lines = PLAN.split('\n').flatMap((l) => (l.match(/.{1,90}(\s|$)/g) ?? ['']).map((x) => x.trim()));
  for (let p = 0; p < pages; p++) {
    const page = pdf.addPage([595, 842]);
    let y = 800;
    for (let r = 0; r < 3; r++) {
      for (const line of lines) {
        page.drawText(line, { x: 50, y, size: 10, font });
        y -= 13;
      }
    }
  }
  return pdf.save();
}
