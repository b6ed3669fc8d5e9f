import type { Check } from './check';
import type { Finding } from '../types';

/** `»,- сказал`, `" - заявил`: a hyphen between a closing quotation mark and the words of attribution. */
const AFTER_QUOTE = /[»"”“][,!?.…]?[ \t]*(-{1,2})(?=[ \t]+\p{Ll})/gu;
/** `, - сказал он`: the attribution inside a line of dialogue. */
const ATTRIBUTION = /[,!?…][ \t]*(-{1,2}|[–—])(?=[ \t]+\p{Ll})/gu;
/** A line of dialogue that opens with a hyphen (or two) instead of a dash. */
const DIALOGUE_START = /^[ \t]*(-{1,2})[ \t]+(?=[\p{Lu}«„"])/u;
const ANY_DASH_START = /^[ \t]*(-{1,2}|[–—])[ \t]+/u;
/** ANY_DASH_START at a line's start in the whole text. */
const DASH_AT = /[ \t]*(-{1,2}|[–—])[ \t]+/uy;

/**
 * A hyphen where direct speech needs an em dash: after a quotation before the speaker
 * (`«…», - сказал он`), at the start of a line of dialogue and before its attribution.
 * A line starting `- ` counts as dialogue only when it (or the dialogue line before it) has an
 * attribution, so Markdown lists stay quiet. `data.replacement` is the dash.
 */
export const hyphenDash: Check = {
  code: 'hyphen-dash',
  defaultSeverity: 'warning',
  description: 'A hyphen where direct speech needs an em dash (», - сказал; a line starting "- ").',
  run({ text }) {
    const findings: Finding[] = [];
    const report = (start: number, hyphen: string) => findings.push({
      start, end: start + hyphen.length, code: 'hyphen-dash', severity: 'warning',
      message: 'Hyphen in direct speech: use an em dash (—).', data: { replacement: '—' },
    });
    if (hyphenAfterMarkOrSpace(text)) for (const match of text.matchAll(AFTER_QUOTE)) report(match.index + match[0].length - match[1].length, match[1]);
    let previousIsDialogue = false;
    for (let lineStart = 0, lineEnd = 0; lineEnd < text.length; lineStart = lineEnd + 1) {
      lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      // Only a line that opens with a dash is cut out of the text; any other ends a dialogue unless blank.
      DASH_AT.lastIndex = lineStart;
      if (!DASH_AT.test(text)) {
        if (previousIsDialogue && !isBlank(text, lineStart, lineEnd)) previousIsDialogue = false;
        continue;
      }
      const line = text.slice(lineStart, lineEnd);
      const dash = ANY_DASH_START.exec(line);
      const attributions = dash ? [...line.matchAll(ATTRIBUTION)] : [];
      const isDialogue: boolean = dash !== null && (attributions.length > 0 || previousIsDialogue);
      const hyphen = DIALOGUE_START.exec(line);
      if (isDialogue && hyphen) report(lineStart + hyphen[0].indexOf('-'), hyphen[1]);
      for (const match of attributions) {
        if (!match[1].startsWith('-')) continue;
        const start = lineStart + match.index + match[0].length - match[1].length;
        if (!findings.some((finding) => finding.start === start)) report(start, match[1]);
      }
      if (line.trim() !== '') previousIsDialogue = isDialogue && attributions.length > 0;
    }
    return findings;
  },
};

/** What may stand right before the hyphen of AFTER_QUOTE: a closing mark, its punctuation, a space or a tab. */
const BEFORE_HYPHEN = new Set([...'»"”“,!?.… \t'].map((character) => character.charCodeAt(0)));

/** Some hyphen follows a character of BEFORE_HYPHEN: without one, AFTER_QUOTE need not search the text (nine texts in ten). */
function hyphenAfterMarkOrSpace(text: string): boolean {
  for (let i = text.indexOf('-', 1); i >= 0; i = text.indexOf('-', i + 1)) if (BEFORE_HYPHEN.has(text.charCodeAt(i - 1))) return true;
  return false;
}

/** The text between the offsets is white space only (as `trim` sees it). */
function isBlank(text: string, start: number, end: number): boolean {
  NOT_BLANK.lastIndex = start;
  const found = NOT_BLANK.exec(text);
  return found === null || found.index >= end;
}
const NOT_BLANK = /\S/g;
