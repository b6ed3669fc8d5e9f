/**
 * The article files of the workspace folders that are not open in the editor, analysed for
 * workspace symbols. Each file is read and analysed once per modification time; the walk is
 * bounded so a huge folder cannot stall the server.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from './core/analyze';
import type { Morphology } from './core/morphology/morphology';
import type { Analysis } from './core/types';
import { decodeArticle } from './cli/readInput';

/** File name endings of news articles, as the `news-article` language declares them. */
const ARTICLE_ENDINGS = ['.news', '.article', '.news.txt'];
const MAX_FILES = 2000;
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'out']);

interface Cached {
  mtimeMs: number;
  document: TextDocument;
  analysis: Analysis;
}

export class WorkspaceArticles {
  private roots: string[] = [];
  private readonly cache = new Map<string, Cached>();

  constructor(private readonly morphology: Promise<Morphology>) {}

  /** The workspace folders, as `file:` URIs; others are ignored. */
  setFolders(uris: readonly string[]): void {
    this.roots = uris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
  }

  /** Analyses of the article files on disk, except those whose URI is in `open`; never throws. */
  async analysed(open: ReadonlySet<string>, maxSize: number): Promise<{ document: TextDocument; analysis: Analysis }[]> {
    const morphology = await this.morphology;
    const result: { document: TextDocument; analysis: Analysis }[] = [];
    for (const file of this.articleFiles()) {
      const uri = pathToFileURL(file).href;
      if (open.has(uri)) continue;
      const entry = this.read(file, uri, maxSize, morphology);
      if (entry) result.push(entry);
    }
    return result;
  }

  private read(file: string, uri: string, maxSize: number, morphology: Morphology): Cached | undefined {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      return undefined;
    }
    const cached = this.cache.get(file);
    if (cached && cached.mtimeMs === stat.mtimeMs) return cached;
    if (stat.size > maxSize * 4) return undefined; // four UTF-8 bytes at most per character
    let input;
    try {
      input = decodeArticle(file, fs.readFileSync(file));
    } catch {
      return undefined;
    }
    if ('error' in input || input.text.length > maxSize) return undefined;
    const entry = { mtimeMs: stat.mtimeMs, document: TextDocument.create(uri, 'news-article', 0, input.text), analysis: analyze(input.text, morphology) };
    this.cache.set(file, entry);
    return entry;
  }

  private articleFiles(): string[] {
    const files: string[] = [];
    const walk = (folder: string) => {
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(folder, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        if (files.length >= MAX_FILES) return;
        if (entry.name.startsWith('.')) continue;
        const full = path.join(folder, entry.name);
        if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) walk(full);
        else if (entry.isFile() && ARTICLE_ENDINGS.some((ending) => entry.name.endsWith(ending))) files.push(full);
      }
    };
    for (const root of this.roots) walk(root);
    return files.sort();
  }
}
