/**
 * Roles: NEREL WORKS_AS (PERSON → PROFESSION) precision, recall and F1, and the seed article's
 * roles per person. ROLES_VERBOSE=1 prints every missed relation and every unmatched role;
 * `--split train` (or ROLES_SPLIT=train) scores all of NEREL train instead of dev, to tune on
 * train and only measure on dev. The pairs whose role is a role mention ("глава государства
 * заявил") are counted like the rest and also shown apart.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { EvalContext } from '../context';
import { addRoleCounts, overlaps, parseWorksAs, roleMentionPairs, roleScores, scoreSeedRoles, scoreWorksAs, type RoleCounts, type SeedPerson, type WorksAs } from '../scoring/rolesScores';

export const name = 'roles';

export async function run(context: EvalContext): Promise<void> {
  const split = splitWanted();
  const nerelDir = path.join(context.corpus, 'nerel', split);
  const files = fs.existsSync(nerelDir) ? fs.readdirSync(nerelDir).filter((file) => file.endsWith('.txt')).sort().map((file) => path.join(nerelDir, file)) : [];
  const seedFile = path.join(context.corpus, 'seed', 'kremlin-talks.txt');
  const seedGoldFile = path.join(context.corpus, 'seed', 'kremlin-talks.gold.json');
  const withSeed = fs.existsSync(seedFile) && fs.existsSync(seedGoldFile);
  const { results, seconds } = await context.analyzeFiles(withSeed ? [...files, seedFile] : files);

  const total: RoleCounts = { matchedPredicted: 0, predicted: 0, matchedGold: 0, gold: 0 };
  const mentionPairs = { predicted: 0, matched: 0 };
  files.forEach((file, index) => {
    const gold = parseWorksAs(fs.readFileSync(file.replace(/\.txt$/, '.ann'), 'utf8'));
    addRoleCounts(total, scoreWorksAs(gold, results[index]));
    const pairs = roleMentionPairs(gold, results[index]);
    mentionPairs.predicted += pairs.predicted;
    mentionPairs.matched += pairs.matched;
    if (process.env.ROLES_VERBOSE) printDifferences(file, gold, results[index]);
  });
  const scores = roleScores(total);
  const label = `NEREL ${split} WORKS_AS`;
  context.report(name, `${label} gold / predicted`, `${total.gold} / ${total.predicted}`);
  context.report(name, `${label} precision`, scores.precision);
  context.report(name, `${label} recall`, scores.recall);
  context.report(name, `${label} F1`, scores.f1);
  context.report(name, `${label} role-mention pairs / matched`, `${mentionPairs.predicted} / ${mentionPairs.matched}`);
  context.report(name, `NEREL ${split}${withSeed ? ' + seed' : ''} analysis seconds`, seconds);

  if (!withSeed) return;
  const seedGold = JSON.parse(fs.readFileSync(seedGoldFile, 'utf8')) as { people: SeedPerson[] };
  const seed = scoreSeedRoles(seedGold.people, results[files.length]);
  context.report(name, 'seed roles matched', `${seed.found}/${seed.total}`);
  for (const miss of seed.missed) console.log(`  seed missed: ${miss.person} — ${miss.role}`);
}

/** `--split train` on the command line (`npm run eval -- roles --split train`) or ROLES_SPLIT=train. */
function splitWanted(): 'train' | 'dev' {
  const flag = process.argv.indexOf('--split');
  const wanted = flag >= 0 ? process.argv[flag + 1] : process.env.ROLES_SPLIT;
  return wanted === 'train' ? 'train' : 'dev';
}

function printDifferences(file: string, gold: readonly WorksAs[], result: (Awaited<ReturnType<EvalContext['analyzeFiles']>>)['results'][number]): void {
  const text = fs.readFileSync(file, 'utf8');
  const show = (range: { start: number; end: number }) => text.slice(range.start, range.end).replace(/\s+/g, ' ');
  const base = path.basename(file);
  for (const relation of gold) {
    const found = result.people.some((person) => person.roles.some((role) => overlaps(role, relation.profession))
      && person.mentions.some((mention) => overlaps(mention, relation.person)));
    if (!found) console.log(`  miss  ${base} ${show(relation.person)} ← ${show(relation.profession)} | ${show({ start: Math.max(0, relation.profession.start - 50), end: relation.profession.end + 30 })}`);
  }
  for (const person of result.people) {
    for (const role of person.roles) {
      const matched = gold.some((relation) => overlaps(role, relation.profession) && person.mentions.some((mention) => overlaps(mention, relation.person)));
      if (!matched) console.log(`  extra ${base} ${person.name} ← ${role.text} | ${show({ start: Math.max(0, role.start - 50), end: role.end + 30 })}`);
    }
  }
}
