// `npm run kernpunten -- <command>`: tools for writing kernpunten.
//   show <source>        the served text of a source ("report:5.1.3", "law:ub-wvo-2020:2.36:3")
//   check [file]         faithfulness and spans of every point (or one file's), with what is unsupported
//   coverage             sources that still lack points
import { KERNPUNTEN_FILES } from '../knowledge/data.ts';
import { coverageGaps, validatePoint } from '../knowledge/validate.ts';
import { sourceText } from '../knowledge/kernpunten.ts';
import { loadCorpus } from '../corpus/load.ts';
import { CORPUS_DIR } from '../paths.ts';

const [command, arg] = process.argv.slice(2);
const corpus = loadCorpus(CORPUS_DIR);

if (command === 'show' && arg) {
  const s = sourceText(arg, corpus.report, corpus.articles);
  console.log(s ? s.text.slice(s.from, s.to) : `Onbekende bron: ${arg}`);
} else if (command === 'check') {
  let bad = 0;
  let total = 0;
  for (const [file, points] of Object.entries(KERNPUNTEN_FILES)) {
    if (arg && file !== arg) continue;
    for (const p of points) {
      total++;
      const problems = validatePoint(p, corpus.report, corpus.articles);
      if (problems.length) {
        bad++;
        console.log(`✗ ${file} ${p.id}\n    ${problems.join('\n    ')}`);
      }
    }
  }
  console.log(`${total - bad} van ${total} kernpunten in orde`);
  process.exitCode = bad ? 1 : 0;
} else if (command === 'coverage') {
  const gaps = coverageGaps(Object.values(KERNPUNTEN_FILES).flat(), corpus.report, corpus.articles);
  console.log(gaps.length ? `Nog zonder kernpunten (${gaps.length}):\n${gaps.join('\n')}` : 'Elke bron heeft kernpunten.');
} else {
  console.log('Gebruik: npm run kernpunten -- show <bron> | check [bestand] | coverage');
}
