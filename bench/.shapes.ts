import { prepareDoc } from '../server/src/core/analyze';
import { loadMorphology } from '../server/src/core/morphology/azMorphology';
import { findNames } from '../server/src/core/names/findNames';
import { linkPeople } from '../server/src/core/people/linkPeople';
import { attachRoles } from '../server/src/core/roles/attachRoles';
import { findQuotes } from '../server/src/core/quotes/findQuotes';
import { documentOfSize, corpusTexts } from './corpusTexts';
const sig = (o: object) => Object.keys(o).join(',');
const same = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;
function shapes(label: string, items: object[]) {
  const reps: object[] = []; const repCount: number[] = [];
  for (const i of items) { const k = reps.findIndex((r) => same(r, i)); if (k >= 0) repCount[k]++; else { reps.push(i); repCount.push(1); } }
  console.log(label, 'maps', reps.length, repCount.join(','));
  const m = new Map<string, number>(); for (const i of items) m.set(sig(i), (m.get(sig(i)) ?? 0) + 1);
  console.log(label, items.length, 'shapes', m.size); for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log('   ', v, k);
}
(async () => {
  const morphology = await loadMorphology();
  const doc = prepareDoc(documentOfSize(corpusTexts(), 100_000), morphology);
  const names = findNames(doc);
  shapes('NameMatch', names as object[]);
  shapes('NamePart', names.flatMap((n: any) => n.parts ?? []));
  const people = linkPeople(names);
  attachRoles(doc, people);
  const { quotes } = findQuotes(doc, people);
  shapes('Person', people);
  shapes('Mention', people.flatMap((p) => p.mentions));
  shapes('Role', people.flatMap((p) => p.roles));
  shapes('Quote', quotes);
  shapes('Token', doc.tokens as object[]);
  shapes('Sentence', doc.sentences as object[]);
  shapes('WordParse', doc.parses.flat() as object[]);
  shapes('WordForm', doc.forms as object[]);
})();
import { IncrementalAnalyzer } from '../server/src/core/incremental/incrementalAnalyzer';
(async () => {
  await new Promise((r) => setTimeout(r, 3000));
  console.log('--- incremental');
  const morphology = await loadMorphology();
  let text = documentOfSize(corpusTexts(), 100_000);
  const analyzer = new IncrementalAnalyzer(morphology);
  const fresh = findNames(analyzer.prepare(text));
  text = 'а' + text;
  const doc = analyzer.prepare(text);
  const names = findNames(doc);
  shapes('NameMatch fresh+edit', [...fresh, ...names] as object[]);
  const people = linkPeople(names);
  shapes('Mention', people.flatMap((p) => p.mentions));
})();
