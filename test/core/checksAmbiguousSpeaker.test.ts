import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ambiguousSpeaker } from '../../server/src/core/checks/ambiguousSpeaker';
import type { Gender, Person, Quote } from '../../server/src/core/types';

/** A person with one name mention per [written, nominative] pair, found in order in the text. */
function person(text: string, id: string, gender: Gender, mentions: [string, string][]): Person {
  let from = 0;
  return {
    id, name: mentions[0][1], gender, roles: [],
    mentions: mentions.map(([written, normalized]) => {
      const start = text.indexOf(written, from);
      assert.ok(start >= 0, `${written} not in text`);
      from = start + written.length;
      return { start, end: start + written.length, text: written, kind: 'name' as const, normalized };
    }),
  };
}

/** The first «…» of the text, attributed by `cue` to `speakerId`. */
function quote(text: string, cue: string, speakerId: string): Quote {
  const open = text.indexOf('«');
  const close = text.indexOf('»');
  const cueStart = text.indexOf(cue, close);
  return {
    start: open + 1, end: close, text: text.slice(open + 1, close), kind: 'direct', speakerId, speakerText: null,
    cue: { start: cueStart, end: cueStart + cue.length, text: cue }, openMark: { start: open, end: open + 1 }, closeMark: { start: close, end: close + 1 },
  };
}

const PUTIN: [string, string] = ['Владимир Путин', 'Владимир Путин'];
const TRUMP: [string, string] = ['Дональд Трамп', 'Дональд Трамп'];

describe('ambiguous-speaker', () => {
  const table: [string, string, [string, Gender, [string, string]][], string[]][] = [
    ['Владимир Путин и Дональд Трамп провели разговор. «Мы договорились», — сказал он.', 'сказал', [['p1', 'male', PUTIN], ['p2', 'male', TRUMP]], ['он']],
    ['Дональд Трамп позвонил утром. Владимир Путин ответил. «Мы договорились», — сказал он.', 'сказал', [['p1', 'male', TRUMP], ['p2', 'male', PUTIN]], []],
    ['Владимир Путин поговорил с Дональдом Трампом. «Мы договорились», — сказал он.', 'сказал', [['p1', 'male', PUTIN], ['p2', 'male', ['Дональдом Трампом', 'Дональд Трамп']]], []],
    ['Ольга Иванова и Дональд Трамп провели встречу. «Мы договорились», — сказала она.', 'сказала', [['p1', 'female', ['Ольга Иванова', 'Ольга Иванова']], ['p2', 'male', TRUMP]], []],
    ['Владимир Путин и Дональд Трамп провели разговор. «Мы договорились», — сказал Путин.', 'сказал', [['p1', 'male', PUTIN], ['p2', 'male', TRUMP]], []],
    ['Владимир Путин и Дональд Трамп провели разговор.\n\nИтоги подвели вечером. Пресс-служба молчала. «Мы договорились», — сказал он.', 'сказал', [['p1', 'male', PUTIN], ['p2', 'male', TRUMP]], []],
  ];
  for (const [text, cue, specs, expected] of table) {
    it(`${JSON.stringify(text)} → ${expected.join(', ') || 'nothing'}`, () => {
      const people = specs.map(([id, gender, mention]) => person(text, id, gender, [mention]));
      const findings = ambiguousSpeaker.run({ text, people, quotes: [quote(text, cue, 'p1')], unbalancedMarks: [] });
      assert.deepEqual(findings.map((finding) => text.slice(finding.start, finding.end)), expected);
      if (expected.length > 0) assert.deepEqual(findings[0].data?.candidates, ['p1', 'p2']);
    });
  }
});
