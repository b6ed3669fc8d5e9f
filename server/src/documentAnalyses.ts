/**
 * One analysis per document version, shared by every feature. The first feature that asks for
 * a version pays for it; the others read the cached result. Old versions are dropped. Each
 * document keeps an incremental analyzer, so a version re-uses the line-local work of the one
 * before (the result is the same as a fresh `analyze`).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { IncrementalAnalyzer } from './core/incremental/incrementalAnalyzer';
import type { Morphology } from './core/morphology/morphology';
import type { Analysis } from './core/types';

interface Entry {
  version: number;
  analysis: Analysis;
  /** How long the analysis took, in milliseconds: the typing debounce follows it. */
  milliseconds: number;
  analyzer: IncrementalAnalyzer;
}

export class DocumentAnalyses {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly morphology: Promise<Morphology>) {}

  /** The analysis of this exact document version, computed at most once. */
  async get(document: TextDocument): Promise<Analysis> {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) return cached.analysis;
    const morphology = await this.morphology;
    const again = this.entries.get(document.uri);
    if (again && again.version === document.version) return again.analysis;
    const analyzer = again?.analyzer ?? new IncrementalAnalyzer(morphology);
    const started = performance.now();
    const analysis = analyzer.analyze(document.getText());
    this.entries.set(document.uri, { version: document.version, analysis, milliseconds: performance.now() - started, analyzer });
    return analysis;
  }

  /** How long the last analysis of this document took, or undefined before the first one. */
  lastDuration(uri: string): number | undefined {
    return this.entries.get(uri)?.milliseconds;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}
