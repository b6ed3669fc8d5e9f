import { IncrementalAnalyzer } from '../server/src/core/incremental/incrementalAnalyzer';
import { loadMorphology } from '../server/src/core/morphology/azMorphology';
import { documentOfSize, percentile, corpusTexts } from './corpusTexts';
async function main() {
  const morphology = await loadMorphology();
  let text = documentOfSize(corpusTexts(), 100_000);
  for (let w = 0; w < Number(process.env.WARM ?? 0); w++) new IncrementalAnalyzer(morphology).analyze(text);
  const analyzer = new IncrementalAnalyzer(morphology);
  analyzer.analyze(text);
  const N = Number(process.env.EDITS ?? 300);
  const times: number[] = [];
  const lineStarts = () => { const s = [0]; for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) s.push(i + 1); return s; };
  for (let v = 2; v < 2 + N; v++) {
    const starts = lineStarts();
    const at = starts[10 + (v % 300)];
    text = text.slice(0, at) + 'а' + text.slice(at);
    const t = performance.now();
    analyzer.analyze(text);
    times.push(performance.now() - t);
  }
  console.log('first30 p50', percentile(times.slice(0, 30), 50).toFixed(1), 'p95', percentile(times.slice(0, 30), 95).toFixed(1));
  const rest = times.slice(30);
  console.log('rest p50', percentile(rest, 50).toFixed(1), 'p95', percentile(rest, 95).toFixed(1), 'max', Math.max(...rest).toFixed(1));
  if (process.env.SERIES) console.log(times.map((x) => x.toFixed(0)).join(' '));
}
main();
