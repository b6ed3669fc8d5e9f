/** The analysis core's public surface. Nothing here knows about LSP or VS Code. */
export { analyze, prepareDoc } from './analyze';
export { IncrementalAnalyzer } from './incremental/incrementalAnalyzer';
export { loadMorphology, findDictionaries } from './morphology/azMorphology';
export type { Morphology, WordParse } from './morphology/morphology';
export { CHECKS } from './checks';
export { tokenize } from './tokens/tokenize';
export type * from './types';
