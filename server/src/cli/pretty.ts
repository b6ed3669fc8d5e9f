/** The CLI's readable report: people with roles and mention counts, then quotes by speaker. */
import type { ContractResult } from '../core/serialize';

export function formatPretty(result: ContractResult): string {
  const lines: string[] = [];
  if (result.file) lines.push(`== ${result.file}`);
  lines.push(`People (${result.people.length}):`);
  for (const person of result.people) {
    const roles = [...new Set(person.roles.map((role) => role.normalized))];
    const gender = person.gender === 'male' ? 'm' : person.gender === 'female' ? 'f' : '?';
    lines.push(`  ${person.name} (${gender}), ${person.mentions.length} mention${person.mentions.length === 1 ? '' : 's'}${roles.length ? ` — ${roles.join('; ')}` : ''}`);
  }
  const names = new Map(result.people.map((person) => [person.id, person.name]));
  lines.push(`Quotes (${result.quotes.length}):`);
  for (const quote of result.quotes) {
    const speaker = (quote.speaker && names.get(quote.speaker)) ?? quote.speakerText ?? '(speaker not found)';
    const text = quote.text.length > 160 ? `${quote.text.slice(0, 157)}…` : quote.text;
    lines.push(`  ${quote.kind === 'direct' ? '«»' : '~ '} ${speaker}: ${text}`);
  }
  if (result.diagnostics.length > 0) {
    lines.push(`Checks (${result.diagnostics.length}):`);
    for (const diagnostic of result.diagnostics) lines.push(`  ${diagnostic.severity} ${diagnostic.code} at ${diagnostic.start}: ${diagnostic.message}`);
  }
  return lines.join('\n');
}
