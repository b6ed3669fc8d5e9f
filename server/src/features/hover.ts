/** Hover: who a person is (name, gender, roles, mentions, quotes), who said a quote, whose role a phrase is. */
import type { Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Person, Quote } from '../core/types';
import { stringsFor, type Strings, type UiLanguage } from '../i18n';
import { personAt } from './personAt';
import { toRange, touches } from './ranges';

const QUOTES_SHOWN = 3;

export function hover(document: TextDocument, analysis: Analysis, offset: number, language: UiLanguage): Hover | null {
  const strings = stringsFor(language);
  const hit = personAt(analysis, offset);
  if (hit) return { contents: { kind: 'markdown', value: describePerson(hit.person, analysis, strings) }, range: toRange(document, hit.mention) };
  for (const person of analysis.people) {
    const role = person.roles.find((candidate) => touches(candidate, offset));
    if (role) {
      const value = `${strings.roleOf} **${person.name}**: ${role.normalized}`;
      return { contents: { kind: 'markdown', value }, range: toRange(document, role) };
    }
  }
  const quote = analysis.quotes.find((candidate) => touches(candidate, offset));
  if (quote) return { contents: { kind: 'markdown', value: describeQuote(quote, analysis, strings) }, range: toRange(document, quote) };
  return null;
}

/** Markdown for a person: bold name, gender and mention count, roles, the first quotes. */
export function describePerson(person: Person, analysis: Analysis, strings: Strings): string {
  const gender = person.gender === 'male' ? strings.male : person.gender === 'female' ? strings.female : strings.genderUnknown;
  const lines = [`**${person.name}**`, '', `${gender} · ${strings.mentions(person.mentions.length)}`];
  const roles = [...new Set(person.roles.map((role) => role.normalized))];
  if (roles.length > 0) lines.push('', `${strings.roles}: ${roles.join('; ')}`);
  const quotes = analysis.quotes.filter((quote) => quote.speakerId === person.id);
  if (quotes.length > 0) {
    lines.push('', `${strings.quotes(quotes.length)}:`);
    for (const quote of quotes.slice(0, QUOTES_SHOWN)) lines.push(`- ${quote.kind === 'direct' ? '«' + shorten(quote.text) + '»' : shorten(quote.text)}`);
    if (quotes.length > QUOTES_SHOWN) lines.push(`- ${strings.moreQuotes(quotes.length - QUOTES_SHOWN)}`);
  }
  return lines.join('\n');
}

function describeQuote(quote: Quote, analysis: Analysis, strings: Strings): string {
  const kind = quote.kind === 'direct' ? strings.direct : strings.reported;
  const person = quote.speakerId ? analysis.people.find((candidate) => candidate.id === quote.speakerId) : undefined;
  if (person) {
    const role = person.roles[0]?.normalized;
    return `${strings.quoteBy} **${person.name}**${role ? `, ${role}` : ''} (${kind})`;
  }
  if (quote.speakerText) return `${strings.quoteBy} **${quote.speakerText}** (${kind})`;
  return `${strings.speakerNotFound} (${kind})`;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 100 ? `${flat.slice(0, 99)}…` : flat;
}
