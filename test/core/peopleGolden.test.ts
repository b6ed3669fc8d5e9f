import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { prepareDoc } from '../../server/src/core/analyze';
import { loadMorphology } from '../../server/src/core/morphology/azMorphology';
import type { Morphology } from '../../server/src/core/morphology/morphology';
import { findNames } from '../../server/src/core/names/findNames';
import { linkPeople } from '../../server/src/core/people/linkPeople';
import type { Person } from '../../server/src/core/types';

// Golden files: an article and the people found in it, drawn under each line. Regenerate with
// UPDATE_SNAPSHOTS=1 and review the diff.
const folder = path.join(__dirname, 'golden');

let morphology: Morphology;
before(async () => {
  morphology = await loadMorphology();
});

/** The article with each name mention underlined by its person's id, then the people with their nominative mentions. */
function drawPeople(text: string, people: readonly Person[]): string {
  const spans = people.flatMap((person) => person.mentions.map((mention) => ({ ...mention, id: person.id })));
  const out: string[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    const marks = Array.from({ length: line.length }, () => ' ');
    for (const span of spans) {
      if (span.start < lineStart || span.end > lineEnd) continue;
      for (let i = span.start; i < span.end; i++) marks[i - lineStart] = '─';
      [...span.id].forEach((character, index) => {
        if (span.start + index < span.end) marks[span.start - lineStart + index] = character;
      });
    }
    out.push(line);
    const underline = marks.join('').trimEnd();
    if (underline) out.push(underline);
    lineStart = lineEnd + 1;
  }
  out.push('');
  for (const person of people) {
    out.push(`${person.id} ${person.name} (${person.gender ?? '?'}): ${person.mentions.map((mention) => `${mention.text} → ${mention.normalized}`).join('; ')}`);
  }
  return `${out.join('\n')}\n`;
}

describe('golden: people in a whole article', () => {
  for (const file of fs.readdirSync(folder).filter((name) => name.endsWith('-article.txt'))) {
    it(file, () => {
      const text = fs.readFileSync(path.join(folder, file), 'utf8').replace(/\n$/, '');
      const drawn = drawPeople(text, linkPeople(findNames(prepareDoc(text, morphology))));
      const expectedFile = path.join(folder, file.replace(/\.txt$/, '.people.txt'));
      if (process.env.UPDATE_SNAPSHOTS === '1' || !fs.existsSync(expectedFile)) fs.writeFileSync(expectedFile, drawn);
      assert.equal(drawn, fs.readFileSync(expectedFile, 'utf8'));
    });
  }
});
