import { analyze } from '../server/src/core/analyze';
import { loadMorphology } from '../server/src/core/morphology/azMorphology';
import { documentOfSize, corpusTexts } from './corpusTexts';
(async () => { const m = await loadMorphology(); analyze(documentOfSize(corpusTexts(), 100_000), m); console.log((globalThis as any).SI, (globalThis as any).SIN); })();
