/**
 * Runs the stages up to roles over a sentence written for the tests and lists what the roles
 * stage attached, as "Surname: written → normalized [@related surname]" and "Surname ~ role mention".
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { prepareDoc } from '../../server/src/core/analyze';
import { loadMorphology } from '../../server/src/core/morphology/azMorphology';
import { findNames } from '../../server/src/core/names/findNames';
import { linkPeople } from '../../server/src/core/people/linkPeople';
import { attachRoles } from '../../server/src/core/roles/attachRoles';

/** Loads the morphology once; call in `before`. */
export const ready = loadMorphology();

export async function rolesOf(text: string): Promise<string[]> {
  const morphology = await ready;
  const doc = prepareDoc(text, morphology);
  const people = linkPeople(findNames(doc));
  attachRoles(doc, people);
  // People are labelled by the last word of their first name mention as written, so that the tests do not depend on how the names stage normalises.
  const surname = (id: string | undefined) => people.find((person) => person.id === id)?.mentions.find((mention) => mention.kind === 'name')?.text.split(' ').pop();
  return people.flatMap((person) => [
    ...person.roles.map((role) => `${surname(person.id)}: ${role.text} → ${role.normalized}${role.relatedPersonId ? ` @${surname(role.relatedPersonId)}` : ''}`),
    ...person.mentions.filter((mention) => mention.kind === 'role').map((mention) => `${surname(person.id)} ~ ${mention.text}`),
  ]);
}

/** A row: a sentence and what `rolesOf` lists for it. */
export type RolesRow = [string, string[]];

/** One `describe` of sentences, each an `it` asserting what `rolesOf` lists. */
export function rolesTable(name: string, rows: RolesRow[]): void {
  describe(name, () => {
    for (const [sentence, expected] of rows) it(sentence, async () => assert.deepEqual(await rolesOf(sentence), expected));
  });
}
