/** Which open documents the server analyses: news-article always (if listed), others only when mostly Cyrillic. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Settings } from './settings';

const SAMPLE = 20_000;

export function isServed(document: TextDocument, settings: Settings): boolean {
  if (!settings.languages.includes(document.languageId)) return false;
  if (document.languageId === 'news-article') return true;
  return isMostlyCyrillic(document.getText().slice(0, SAMPLE));
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
