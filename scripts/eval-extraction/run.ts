import { performance } from 'node:perf_hooks';
import { extractDirectives } from '../../src/extraction/directive-extractor';
import { extractIndicators } from '../../src/extraction/indicator-extractor';
import { UnitMatcher } from '../../src/extraction/unit-matcher';
import { SOURCE_TEXT } from '../../src/demo/source-text';
import { compileRegExpsOnFirstRun } from '../../src/extraction/regexp-compilation';
import { agreement, evaluate, FIELDS, loadCorpus, loadDepartments, loadSecondLabels, Score, Split } from './evaluate';

/**
 * npm run eval:extraction [-- --split tuning|heldout|all] [--from c72] [--misses] [--kind-misses] [--agreement]
 * Prints precision, recall and F1 per field and the time to read a two-page conclusion;
 * --from scores only the texts numbered from that one on (an addition to the corpus as first scored);
 * --agreement also scores a second labeller's directives of part of the tuning half (agreement/), and the extractor on the same texts.
 */
function printScores(title: string, scores: Record<string, Score>, fields: readonly string[]): void {
  console.log(`\n${title}`);
  console.log('field            precision  recall     F1   (tp/fp/fn)');
  for (const f of fields) {
    const s = scores[f];
    console.log(
      `${f.padEnd(16)} ${s.precision.toFixed(3).padStart(9)} ${s.recall.toFixed(3).padStart(7)} ${s.f1.toFixed(3).padStart(6)}   (${s.tp}/${s.fp}/${s.fn})`,
    );
  }
}

function main() {
  // As the app does (src/main.ts), so that the time measured below is the app's.
  compileRegExpsOnFirstRun();
  const args = process.argv.slice(2);
  const splitArg = args[args.indexOf('--split') + 1];
  const splits: Split[] = args.includes('--split') && splitArg !== 'all' ? [splitArg as Split] : ['tuning', 'heldout'];
  const from = args.includes('--from') ? Number(args[args.indexOf('--from') + 1].replace(/^c/, '')) : 0;
  const numbered = (id: string) => Number(/^c(\d+)/.exec(id)?.[1] ?? 0);
  const departments = loadDepartments();
  for (const split of splits) {
    const result = evaluate(
      loadCorpus(split).filter((t) => numbered(t.id) >= from),
      departments,
    );
    printScores(`${split}: ${result.texts} texts`, result.scores, FIELDS);
    console.log(`directives not found that a draft of another label covers: ${result.mergedDirectives}`);
    const { kinds } = result;
    const differing = Object.entries(kinds.confusion)
      .sort((a, b) => b[1] - a[1])
      .map(([pair, n]) => `${pair} ${n}`)
      .join(', ');
    console.log(
      `kind of the directives found: ${kinds.agree} of ${kinds.matched} as labelled (${((100 * kinds.agree) / Math.max(1, kinds.matched)).toFixed(1)} %)` +
        (differing ? `; labelled→drafted: ${differing}` : ''),
    );
    if (args.includes('--misses')) for (const m of result.misses) console.log(`  - ${m}`);
    if (args.includes('--kind-misses')) for (const m of kinds.misses) console.log(`  ~ ${m}`);
  }
  if (args.includes('--agreement')) {
    const second = loadSecondLabels();
    const texts = loadCorpus('tuning').filter((t) => second.some((s) => s.id === t.id));
    const directiveFields = ['directive', 'leadUnit', 'deadlineDate'] as const;
    const people = agreement(texts, second);
    printScores(`second labeller against the corpus: ${people.texts} tuning texts`, people.scores, directiveFields);
    console.log(`directives not found that a span of another label covers: ${people.mergedDirectives}`);
    if (args.includes('--misses')) for (const m of people.misses) console.log(`  - ${m}`);
    printScores(`extractor on the same texts`, evaluate(texts, departments).scores, directiveFields);
  }

  // A two-page conclusion: the demo's conclusion and the directives of the corpus, about 7,000 characters.
  const page = [
    SOURCE_TEXT.conclusionPriorities,
    SOURCE_TEXT.conclusionDirectives,
    ...loadCorpus('tuning').map((t) => t.text),
  ]
    .join('\n\n')
    .slice(0, 7000);
  const matcher = new UnitMatcher(departments);
  const runs = 200;
  for (let i = 0; i < 20; i++) extractDirectives(page, { departments, date: '2024-01-26', matcher });
  let t0 = performance.now();
  for (let i = 0; i < runs; i++) extractDirectives(page, { departments, date: '2024-01-26', matcher });
  const directivesMs = (performance.now() - t0) / runs;
  t0 = performance.now();
  for (let i = 0; i < runs; i++) extractDirectives(page, { departments, date: '2024-01-26' });
  const coldMs = (performance.now() - t0) / runs;
  t0 = performance.now();
  for (let i = 0; i < runs; i++) extractIndicators(page);
  const indicatorsMs = (performance.now() - t0) / runs;
  console.log(
    `\ntiming (${page.length} characters, ${departments.length} departments, mean of ${runs}): directives ${directivesMs.toFixed(2)} ms` +
      ` (${coldMs.toFixed(2)} ms building the unit table each time), indicators ${indicatorsMs.toFixed(2)} ms`,
  );
}

main();
