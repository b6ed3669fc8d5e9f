/**
 * One analysis per document version, shared by every feature. The first feature that asks for
 * a version pays for it; the others read the cached result. Old versions are dropped.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from './core/analyze';
import type { Morphology } from './core/morphology/morphology';
import type { Analysis } from './core/types';

interface Entry {
  version: number;
  analysis: Analysis;
  /** How long the analysis took, in milliseconds: the typing debounce follows it. */
  milliseconds: number;
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
    const started = performance.now();
    const analysis = analyze(document.getText(), morphology);
    this.entries.set(document.uri, { version: document.version, analysis, milliseconds: performance.now() - started });
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
