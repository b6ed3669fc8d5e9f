import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { runChecks, type CheckContext } from '../../server/src/core/checks';
import { directiveInsertionOffset, disabledChecks } from '../../server/src/core/checks/directives';
import { hyphenDash } from '../../server/src/core/checks/hyphenDash';
import { areSpellingVariants, nameVariants } from '../../server/src/core/checks/nameVariants';
import { SpanIndex } from '../../server/src/core/checks/spanIndex';
import { straightQuotes } from '../../server/src/core/checks/straightQuotes';
import { surnameFirstMention } from '../../server/src/core/checks/surnameFirstMention';
import type { Gender, Person } from '../../server/src/core/types';

/** A person whose name mentions are the given [written, nominative] pairs, found in order in the text. */
function person(text: string, id: string, name: string, gender: Gender | null, mentions: [string, string][]): Person {
  let from = 0;
  return {
    id, name, gender, roles: [],
    mentions: mentions.map(([written, normalized]) => {
      const start = text.indexOf(written, from);
      assert.ok(start >= 0, `${written} not in text`);
      from = start + written.length;
      return { start, end: start + written.length, text: written, kind: 'name' as const, normalized };
    }),
  };
}

function context(text: string, people: Person[] = []): CheckContext {
  return { text, people, quotes: [], unbalancedMarks: [] };
}

const spans = (text: string, findings: { start: number; end: number }[]) => findings.map((finding) => text.slice(finding.start, finding.end));

describe('name-variants', () => {
  const table: [string, string, boolean][] = [
    ['Уиткофф', 'Уиткоф', true],
    ['Кеннеди', 'Кенеди', true],
    ['Зеленский', 'Зелинский', true],
    ['Иванов', 'Иванова', false],
    ['Путин', 'Путина', false],
    ['Ушаков', 'Ушаков', false],
    ['Ким', 'Кин', false],
    ['Шульгин', 'Воронцов', false],
  ];
  for (const [left, right, expected] of table) {
    it(`${left} / ${right}: ${expected ? 'variants' : 'different names'}`, () => assert.equal(areSpellingVariants(left, right), expected));
  }

  it('reports the rarer spelling at each of its mentions', () => {
    const text = 'Спецпосланник Стив Уиткофф прибыл в Москву. Уиткофф встретился с министром. Позже Уиткоф уехал.';
    const people = [
      person(text, 'p1', 'Стив Уиткофф', 'male', [['Стив Уиткофф', 'Стив Уиткофф'], ['Уиткофф', 'Уиткофф']]),
      person(text, 'p2', 'Уиткоф', 'male', [['Уиткоф', 'Уиткоф']]),
    ];
    const findings = nameVariants.run(context(text, people));
    assert.deepEqual(spans(text, findings), ['Уиткоф']);
    assert.equal(findings[0].data?.preferred, 'Уиткофф');
    assert.match(findings[0].message, /Уиткоф.*Уиткофф/);
  });

  it('finds among many people every pair of spellings the pairwise test accepts', () => {
    // Surnames and their slips (a letter changed, added, dropped or doubled anywhere), each its own person.
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const letters = 'абвгдежзиклмнопрстуфхцшя';
    const surnames: string[] = [];
    for (let k = 0; k < 60; k++) {
      const base = 'Ко' + Array.from({ length: 3 + random(5) }, () => letters[random(letters.length)]).join('') + 'ов';
      surnames.push(base);
      for (let slip = 0; slip < 3; slip++) {
        const at = 1 + random(base.length - 1);
        const kind = random(4);
        const letter = letters[random(letters.length)];
        surnames.push(kind === 0 ? base.slice(0, at) + letter + base.slice(at + 1)
          : kind === 1 ? base.slice(0, at) + letter + base.slice(at)
          : kind === 2 ? base.slice(0, at) + base.slice(at + 1)
          : base.slice(0, at) + base[at] + base.slice(at));
      }
    }
    const unique = [...new Set(surnames)];
    const text = unique.join(' ');
    const people = unique.map((surname, index) => person(text, `p${index}`, surname, 'male', [[surname, surname]]));
    const reported = new Set(nameVariants.run(context(text, people)).map((finding) => finding.data?.variant));
    let pairs = 0;
    for (let i = 0; i < unique.length; i++) {
      for (let j = i + 1; j < unique.length; j++) {
        // The check takes variants to differ in length by two letters at most (two doubled letters).
        if (Math.abs(unique[i].length - unique[j].length) > 2 || !areSpellingVariants(unique[i], unique[j])) continue;
        pairs++;
        assert.ok(reported.has(unique[i]) || reported.has(unique[j]), `${unique[i]} / ${unique[j]}`);
      }
    }
    assert.ok(pairs > 60, `only ${pairs} variant pairs`);
  });

  it('keeps apart people whose first names differ', () => {
    const text = 'Анна Зеленская и Ольга Зелинская выступили.';
    const people = [
      person(text, 'p1', 'Анна Зеленская', 'female', [['Анна Зеленская', 'Анна Зеленская']]),
      person(text, 'p2', 'Ольга Зелинская', 'female', [['Ольга Зелинская', 'Ольга Зелинская']]),
    ];
    assert.deepEqual(nameVariants.run(context(text, people)), []);
  });
});

describe('surname-first-mention', () => {
  it('reports a surname before the full name, pointing at the full mention', () => {
    const text = 'Шульгин прибыл в Вену. Министр Николай Шульгин провёл переговоры.';
    const people = [person(text, 'p1', 'Николай Шульгин', 'male', [['Шульгин', 'Шульгин'], ['Николай Шульгин', 'Николай Шульгин']])];
    const findings = surnameFirstMention.run(context(text, people));
    assert.deepEqual(spans(text, findings), ['Шульгин']);
    assert.equal(findings[0].data?.fullMentionStart, text.indexOf('Николай'));
    assert.match(findings[0].message, /later/);
    assert.equal(findings[0].severity, 'information');
  });

  it('reports a person never named in full, and not one introduced in full or by initials', () => {
    const text = 'Воронцова заявила о мерах. Министр Н. Д. Шульгин согласился, Анна Петрова тоже. Петрова ушла.';
    const people = [
      person(text, 'p1', 'Воронцова', 'female', [['Воронцова', 'Воронцова']]),
      person(text, 'p2', 'Н. Д. Шульгин', 'male', [['Н. Д. Шульгин', 'Н. Д. Шульгин']]),
      person(text, 'p3', 'Анна Петрова', 'female', [['Анна Петрова', 'Анна Петрова'], ['Петрова', 'Петрова']]),
    ];
    const findings = surnameFirstMention.run(context(text, people));
    assert.deepEqual(spans(text, findings), ['Воронцова']);
    assert.match(findings[0].message, /never/);
    assert.equal(findings[0].severity, 'hint');
  });
});

describe('straight-quotes', () => {
  const table: [string, string[], string[]][] = [
    ['Он сказал: "Мы готовы".', ['"Мы готовы"'], ['«Мы готовы»']],
    ['Компания "Лукойл" и "Газпром".', ['"Лукойл"', '"Газпром"'], ['«Лукойл»', '«Газпром»']],
    ['Министр: "Проект "Сила Сибири" завершён".', ['"Проект "Сила Сибири" завершён"'], ['«Проект „Сила Сибири“ завершён»']],
    ['Ссылка <a href="https://example.com">сайт</a>.', [], []],
    ['Уже «правильно» оформлено.', [], []],
  ];
  for (const [text, expected, replacements] of table) {
    it(`${text} → ${replacements.join(', ') || 'nothing'}`, () => {
      const findings = straightQuotes.run(context(text));
      assert.deepEqual(spans(text, findings), expected);
      assert.deepEqual(findings.map((finding) => finding.data?.replacement), replacements);
    });
  }
});

describe('hyphen-dash', () => {
  const table: [string, string[]][] = [
    ['«Мы готовы», - сказал министр.', ['-']],
    ['«Мы готовы» -- заявил министр.', ['--']],
    ['«Мы готовы», — сказал министр.', []],
    ['- Мы готовы, - сказал министр.\n- А вы?', ['-', '-', '-']],
    ['- Мы готовы, — сказал министр.', ['-']],
    ['- первый пункт списка\n- второй пункт', []],
    ['- Первый пункт.\n- Второй пункт.', []],
    ['Северо-западный регион, 2020-2021 годы.', []],
  ];
  for (const [text, expected] of table) {
    it(JSON.stringify(text), () => {
      const findings = hyphenDash.run(context(text));
      assert.deepEqual(spans(text, findings), expected);
      assert.ok(findings.every((finding) => finding.data?.replacement === '—'));
    });
  }
});

describe('disable directives', () => {
  it('reads codes, and no code as every check', () => {
    assert.deepEqual([...disabledChecks('<!-- ru-news-lens-disable straight-quotes, hyphen-dash -->').codes], ['straight-quotes', 'hyphen-dash']);
    assert.equal(disabledChecks('<!-- ru-news-lens-disable -->\nТекст').all, true);
    assert.equal(disabledChecks('Текст без указаний').all, false);
  });

  it('silences the named check for the whole article and leaves the others', () => {
    const text = 'Он сказал: "Мы готовы", - и ушёл молча.\n<!-- ru-news-lens-disable straight-quotes -->';
    const before = runChecks(context(text.split('\n')[0]));
    assert.deepEqual(before.map((finding) => finding.code).sort(), ['hyphen-dash', 'straight-quotes']);
    assert.deepEqual(runChecks(context(text)).map((finding) => finding.code), ['hyphen-dash']);
    assert.deepEqual(runChecks(context(`<!-- ru-news-lens-disable -->\n${text}`)), []);
  });

  it('goes in after Markdown front matter, else at the top', () => {
    const text = '---\ntitle: Визит\n---\nТекст статьи.';
    assert.equal(text.slice(directiveInsertionOffset(text)), 'Текст статьи.');
    assert.equal(directiveInsertionOffset('Текст --- не шапка.'), 0);
  });
});

describe('SpanIndex', () => {
  const index = new SpanIndex([{ start: 0, end: 50 }, { start: 10, end: 20 }, { start: 30, end: 35 }, { start: 60, end: 70 }]);
  it('answers containment, including by a long span that started earlier', () => {
    assert.equal(index.covers({ start: 40, end: 45 }), true);
    assert.equal(index.covers({ start: 55, end: 58 }), false);
    assert.equal(index.covers({ start: 65, end: 71 }), false);
    assert.deepEqual(index.containing({ start: 12, end: 15 }), [{ start: 10, end: 20 }, { start: 0, end: 50 }]);
  });
  it('lists the spans wholly inside a range', () => {
    assert.deepEqual(index.within({ start: 5, end: 40 }), [{ start: 10, end: 20 }, { start: 30, end: 35 }]);
    assert.deepEqual(index.within({ start: 0, end: 100 }).length, 4);
  });
});
