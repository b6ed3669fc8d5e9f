import type { Check } from './check';
import type { Finding } from '../types';

/** `»,- сказал`, `" - заявил`: a hyphen between a closing quotation mark and the words of attribution. */
const AFTER_QUOTE = /[»"”“][,!?.…]?[ \t]*(-{1,2})(?=[ \t]+\p{Ll})/gu;
/** `, - сказал он`: the attribution inside a line of dialogue. */
const ATTRIBUTION = /[,!?…][ \t]*(-{1,2}|[–—])(?=[ \t]+\p{Ll})/gu;
/** A line of dialogue that opens with a hyphen (or two) instead of a dash. */
const DIALOGUE_START = /^[ \t]*(-{1,2})[ \t]+(?=[\p{Lu}«„"])/u;
const ANY_DASH_START = /^[ \t]*(-{1,2}|[–—])[ \t]+/u;

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
    for (const match of text.matchAll(AFTER_QUOTE)) report(match.index + match[0].length - match[1].length, match[1]);
    let lineStart = 0;
    let previousIsDialogue = false;
    for (const line of text.split('\n')) {
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
      lineStart += line.length + 1;
    }
    return findings;
  },
};
