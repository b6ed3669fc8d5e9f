/** Which open documents the server analyses: news-article always (if listed), others only when mostly Cyrillic. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Settings } from './settings';

const SAMPLE = 20_000;

// Every request asks whether its document is served; the script count is kept per version so
// that hovers and tokens on a plain-text document do not rescan it each time.
const cyrillicByDocument = new WeakMap<TextDocument, { version: number; cyrillic: boolean }>();

export function isServed(document: TextDocument, settings: Settings): boolean {
  if (!settings.languages.includes(document.languageId)) return false;
  if (document.languageId === 'news-article') return true;
  const known = cyrillicByDocument.get(document);
  if (known && known.version === document.version) return known.cyrillic;
  const cyrillic = isMostlyCyrillic(document.getText().slice(0, SAMPLE));
  cyrillicByDocument.set(document, { version: document.version, cyrillic });
  return cyrillic;
}

/** More than half of the letters are Cyrillic. */
export function isMostlyCyrillic(text: string): boolean {
  let letters = 0;
  let cyrillic = 0;
  for (const match of text.matchAll(/\p{L}/gu)) {
    letters++;
    if (/\p{Script=Cyrillic}/u.test(match[0])) cyrillic++;
  }
  return letters > 0 && cyrillic * 2 > letters;
}
