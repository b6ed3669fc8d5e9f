/**
 * In-text switches for checks. A line `<!-- ru-news-lens-disable straight-quotes, hyphen-dash -->`
 * anywhere in an article silences those checks for that article; with no codes it silences
 * every check. An HTML comment, because Markdown hides it and a news text keeps it visibly apart
 * from the prose, and because the text is the only input the core has.
 */

/** Matches one directive; group 1 is the list of codes (possibly empty). */
export const DIRECTIVE = /<!--\s*ru-news-lens-disable\b([^>]*?)-->/g;

/** What the directives of a text switch off. */
export interface DisabledChecks {
  /** True when a directive names no code. */
  all: boolean;
  codes: ReadonlySet<string>;
}

/** Reads every directive in the text. */
export function disabledChecks(text: string): DisabledChecks {
  const codes = new Set<string>();
  let all = false;
  if (!text.includes('ru-news-lens-disable')) return { all, codes };
  for (const match of text.matchAll(DIRECTIVE)) {
    const listed = match[1].split(/[\s,]+/).filter(Boolean);
    if (listed.length === 0) all = true;
    for (const code of listed) codes.add(code);
  }
  return { all, codes };
}

/** The directive line that disables one check, as a quick fix inserts it. */
export function directiveFor(code: string): string {
  return `<!-- ru-news-lens-disable ${code} -->`;
}

/** Where a quick fix inserts a directive: the top of the text, or just after Markdown front matter. */
export function directiveInsertionOffset(text: string): number {
  const frontMatter = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/.exec(text);
  return frontMatter ? frontMatter[0].length : 0;
}
