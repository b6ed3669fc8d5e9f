/**
 * Reads the CLI's inputs: expands folders into their article files and decodes each file as
 * UTF-8, refusing binary files and broken encodings with a one-line reason.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** File name endings the CLI takes from a folder. */
export const ARTICLE_EXTENSIONS = ['.txt', '.news', '.article', '.md'];

export type InputFile = { path: string; text: string } | { path: string; error: string };

/** Expands the given paths, in order: a file stays itself, a folder becomes its article files, sorted. */
export function expandPaths(paths: readonly string[]): { files: string[]; errors: { path: string; error: string }[] } {
  const files: string[] = [];
  const errors: { path: string; error: string }[] = [];
  for (const given of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch {
      errors.push({ path: given, error: 'no such file or folder' });
      continue;
    }
    if (stat.isDirectory()) files.push(...walk(given));
    else files.push(given);
  }
  return { files, errors };
}

function walk(folder: string): string[] {
  const found: string[] = [];
  const entries = fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...walk(full));
    else if (entry.isFile() && ARTICLE_EXTENSIONS.some((extension) => entry.name.endsWith(extension))) found.push(full);
  }
  return found;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads and decodes one file; never throws. */
export function readArticle(file: string): InputFile {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { path: file, error: code === 'EISDIR' ? 'is a folder' : code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(error)})` };
  }
  return decodeArticle(file, bytes);
}

/** Decodes bytes as UTF-8 text, refusing NUL-bearing (binary) data and invalid UTF-8. */
export function decodeArticle(file: string, bytes: Uint8Array): InputFile {
  if (bytes.includes(0)) return { path: file, error: 'binary file (contains NUL bytes), not text' };
  try {
    return { path: file, text: decoder.decode(bytes) };
  } catch {
    return { path: file, error: 'not valid UTF-8 text' };
  }
}
