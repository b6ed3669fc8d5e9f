import { IncrementalAnalyzer } from '../server/src/core/incremental/incrementalAnalyzer';
import { prepareDoc } from '../server/src/core/analyze';
import { loadMorphology } from '../server/src/core/morphology/azMorphology';
import { findNames } from '../server/src/core/names/findNames';
import { linkPeople } from '../server/src/core/people/linkPeople';
import { attachRoles } from '../server/src/core/roles/attachRoles';
import { findQuotes } from '../server/src/core/quotes/findQuotes';
import { runChecks } from '../server/src/core/checks';
import { documentOfSize, percentile, corpusTexts } from './corpusTexts';
async function main() {
  const morphology = await loadMorphology();
  let text = documentOfSize(corpusTexts(), 100_000);
  const warmT: number[] = []; for (let w = 0; w < Number(process.env.WARM ?? 0); w++) { const a0 = performance.now(); new IncrementalAnalyzer(morphology).analyze(text); warmT.push(performance.now() - a0); } console.log('warm', warmT.map((x) => x.toFixed(0)).join(' '));
  const analyzer = new IncrementalAnalyzer(morphology);
  analyzer.analyze(text);
  console.log('EDITS START');
  const N = Number(process.env.EDITS ?? 300);
  const stages = ['prepare', 'names', 'people', 'roles', 'quotes', 'checks', 'total'];
  const t: Record<string, number[]> = Object.fromEntries(stages.map((s) => [s, []]));
  const lineStarts = () => { const s = [0]; for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) s.push(i + 1); return s; };
  for (let v = 2; v < 2 + N; v++) {
    const starts = lineStarts();
    const at = starts[10 + (v % 300)];
    text = text.slice(0, at) + (process.env.INSERT ?? 'а') + text.slice(at);
    if (process.env.MARK) console.log('EDIT', v);
    let a = performance.now(); const t0 = a;
    const lap = (s: string) => { const b = performance.now(); t[s].push(b - a); a = b; };
    const doc = process.env.FRESH ? prepareDoc(text, morphology) : analyzer.prepare(text); lap('prepare');
    const names = findNames(doc); lap('names');
    const people = linkPeople(names); lap('people');
    attachRoles(doc, people); lap('roles');
    const { quotes, unbalancedMarks } = findQuotes(doc, people); lap('quotes');
    runChecks({ text: doc.text, people, quotes, unbalancedMarks }); lap('checks');
    t.total.push(performance.now() - t0);
  }
  console.log('series', t.total.map((x) => x.toFixed(0)).join(' '));
  for (const s of stages) console.log(s.padEnd(8), 'first30 p50', percentile(t[s].slice(0, 30), 50).toFixed(1).padStart(5), ' rest p50', percentile(t[s].slice(30), 50).toFixed(1).padStart(5), 'p95', percentile(t[s].slice(30), 95).toFixed(1).padStart(5));
}
main();
