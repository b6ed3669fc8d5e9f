/** The code lens at the top of an article: "N people · M quotes", opening the people list where the client can. */
import type { CodeLens } from 'vscode-languageserver';
import type { Analysis } from '../core/types';
import type { Strings } from '../i18n';

/** The client command that lists the article's people (VS Code's quick pick). */
export const SHOW_PEOPLE_COMMAND = 'ruNewsLens.showPeople';

/** One lens on the first line with the number of people and quotes. */
export function summaryLens(analysis: Analysis, strings: Strings, clientCommands: ReadonlySet<string>): CodeLens[] {
  const title = strings.summary(analysis.people.length, analysis.quotes.length);
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  // An empty command id shows the title as plain text where the client has no people list.
  const command = clientCommands.has(SHOW_PEOPLE_COMMAND) ? SHOW_PEOPLE_COMMAND : '';
  return [{ range, command: { title, command } }];
}
