/**
 * The news-article TextMate grammar and language configuration, checked on Russian news lines
 * written for these tests. Each row names a substring and the scopes its tokens must (or must not) carry.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import type { IGrammar } from 'vscode-textmate';
import {
  GRAMMAR_PATH,
  PROJECT_ROOT,
  SCOPE_NAME,
  loadNewsGrammar,
  loadOniguruma,
  scopeMatches,
  scopesOver,
  tokenizeLines,
} from './tokenize';

interface ScopeExpectation {
  text: string;
  line?: number;
  occurrence?: number;
  /** Every token over `text` carries each of these scopes (or a more specific one). */
  has?: string[];
  /** No token over `text` carries any of these scopes. */
  lacks?: string[];
  /** Every token over `text` carries nothing but the root scope. */
  plain?: true;
}

interface GrammarCase {
  name: string;
  lines: string[];
  expect: ScopeExpectation[];
}

const GUILLEMETS = 'string.quoted.other.guillemets.news-article';
const LOW_HIGH = 'string.quoted.double.low-high.news-article';
const CURLY = 'string.quoted.double.curly.news-article';
const STRAIGHT = 'string.quoted.double.straight.news-article';
const STRING_BEGIN = 'punctuation.definition.string.begin.news-article';
const STRING_END = 'punctuation.definition.string.end.news-article';
const ATTRIBUTION = 'meta.attribution.news-article';
const DIALOGUE = 'meta.dialogue.news-article';
const SPEECH = 'string.unquoted.dialogue.news-article';
const INSERTION = 'comment.block.insertion.news-article';
const DATE = 'constant.other.date.news-article';
const NUMBER = 'constant.numeric.news-article';
const PERCENTAGE = 'constant.numeric.percentage.news-article';
const LINK = 'markup.underline.link.news-article';

const cases: GrammarCase[] = [
  {
    name: 'nested „ “ inside « » is a second string within the first',
    lines: ['Министр заявил: «Мы обсудили с „Северным потоком“ новые условия поставок».'],
    expect: [
      { text: 'Министр заявил:', plain: true },
      { text: '«', has: [GUILLEMETS, STRING_BEGIN] },
      { text: 'Мы обсудили с', has: [GUILLEMETS, 'meta.quotation.guillemets'] },
      { text: '„', has: [LOW_HIGH, STRING_BEGIN, 'meta.quotation.guillemets'] },
      { text: 'Северным потоком', has: [LOW_HIGH, 'meta.quotation.low-high', 'meta.quotation.guillemets'] },
      { text: '“', has: [LOW_HIGH, STRING_END] },
      { text: 'новые условия поставок', has: [GUILLEMETS], lacks: [LOW_HIGH] },
      { text: '»', has: [GUILLEMETS, STRING_END] },
      { text: '.', occurrence: 0, plain: true },
    ],
  },
  {
    name: 'guillemets nested in guillemets close in order',
    lines: ['«Соглашение с «Роснефтью» подписано», — сообщил источник.'],
    expect: [
      { text: 'Роснефтью', has: [GUILLEMETS] },
      { text: 'подписано', has: [GUILLEMETS] },
      { text: ', — сообщил источник.', plain: true },
    ],
  },
  {
    name: 'straight quotes are strings at the top level and inside guillemets',
    lines: [
      'Компания "Северсталь" сообщила о росте выручки.',
      '«Ответ "нет" окончательный», — сказал он.',
      'Рост 17" экранов не в кавычках.',
    ],
    expect: [
      { text: '"', has: [STRAIGHT, STRING_BEGIN] },
      { text: 'Северсталь', has: [STRAIGHT] },
      { text: '"', occurrence: 1, has: [STRAIGHT, STRING_END] },
      { text: 'сообщила о росте выручки.', plain: true },
      { line: 1, text: 'нет', has: [STRAIGHT, 'meta.quotation.guillemets'] },
      { line: 1, text: 'окончательный', has: [GUILLEMETS], lacks: [STRAIGHT] },
      { line: 2, text: 'экранов не в кавычках', lacks: ['string'] },
    ],
  },
  {
    name: 'curly “ ” and low „ “ quotes work at the top level',
    lines: [
      'Глава ведомства назвал решение “вынужденным шагом”.',
      'Депутат назвал законопроект „своевременным“ и внёс поправки.',
    ],
    expect: [
      { text: 'вынужденным шагом', has: [CURLY] },
      { text: '”', has: [CURLY, STRING_END] },
      { line: 1, text: 'своевременным', has: [LOW_HIGH] },
      { line: 1, text: 'и внёс поправки.', plain: true },
    ],
  },
  {
    name: 'an attribution inside guillemets is the author’s text, not the quotation',
    lines: [
      '«Первая часть ответа получена, — сказал он, — вторая часть придёт позже».',
      '«Мы готовы к диалогу, — подчеркнул пресс-секретарь. — Но решение за партнёрами».',
      '«Поставки возобновятся, — заявили в пресс-службе «Газпрома», — уже в марте».',
    ],
    expect: [
      { text: 'Первая часть ответа получена,', has: [GUILLEMETS], lacks: [ATTRIBUTION] },
      { text: '—', has: [ATTRIBUTION, 'punctuation.separator.dash'] },
      { text: 'сказал он', has: [ATTRIBUTION], lacks: ['string'] },
      { text: '—', occurrence: 1, has: [ATTRIBUTION, 'punctuation.separator.dash'] },
      { text: 'вторая часть придёт позже', has: [GUILLEMETS], lacks: [ATTRIBUTION] },
      { text: '»', has: [STRING_END] },
      { line: 1, text: 'подчеркнул пресс-секретарь', has: [ATTRIBUTION], lacks: ['string'] },
      { line: 1, text: 'Но решение за партнёрами', has: [GUILLEMETS], lacks: [ATTRIBUTION] },
      { line: 2, text: 'заявили в пресс-службе', has: [ATTRIBUTION], lacks: ['string'] },
      { line: 2, text: 'Газпрома', has: [ATTRIBUTION, GUILLEMETS] },
      { line: 2, text: 'уже в марте', has: [GUILLEMETS], lacks: [ATTRIBUTION] },
    ],
  },
  {
    name: 'a dash-led paragraph is dialogue: speech is a string, the author’s words are not',
    lines: [
      '— Мы не получали таких предложений, — ответил министр. — Переговоры продолжаются.',
      'После этого журналисты разошлись.',
      '– Это окончательное решение, – сказал он.',
      'Москва — столица России.',
      '—Без пробела это не реплика.',
    ],
    expect: [
      { text: '—', has: [DIALOGUE, 'punctuation.definition.dialogue'] },
      { text: 'Мы не получали таких предложений,', has: [DIALOGUE, SPEECH] },
      { text: 'ответил министр', has: [DIALOGUE, ATTRIBUTION], lacks: ['string'] },
      { text: 'Переговоры продолжаются.', has: [DIALOGUE, SPEECH], lacks: [ATTRIBUTION] },
      { line: 1, text: 'После этого журналисты разошлись.', plain: true },
      { line: 2, text: '–', has: ['punctuation.definition.dialogue'] },
      { line: 2, text: 'Это окончательное решение', has: [SPEECH] },
      { line: 2, text: 'сказал он.', has: [ATTRIBUTION], lacks: ['string'] },
      { line: 3, text: 'Москва — столица России.', plain: true },
      { line: 4, text: 'Без пробела это не реплика.', plain: true },
    ],
  },
  {
    name: 'editorial insertions in [ ] and <…> are comments, not quotation',
    lines: [
      '«Мы намерены развивать их [отношения] и дальше», — отметил посол.',
      '«Переговоры шли долго <…> и закончились ничем», — рассказал участник.',
      'Он добавил: «Мы ждём <...> ответа».',
      'Из текста убрано […] несколько слов.',
    ],
    expect: [
      { text: '[', has: [INSERTION, 'punctuation.definition.comment.begin'] },
      { text: 'отношения', has: [INSERTION, 'meta.quotation.guillemets'], lacks: ['string'] },
      { text: ']', has: [INSERTION, 'punctuation.definition.comment.end'] },
      { text: 'и дальше', has: [GUILLEMETS], lacks: [INSERTION] },
      { line: 1, text: '<…>', has: ['comment.block.insertion.elision'] },
      { line: 1, text: 'и закончились ничем', has: [GUILLEMETS], lacks: [INSERTION] },
      { line: 2, text: '<...>', has: ['comment.block.insertion.elision'] },
      { line: 2, text: 'ответа', has: [GUILLEMETS] },
      { line: 3, text: '[…]', has: ['comment.block.insertion'] },
      { line: 3, text: 'несколько слов.', plain: true },
    ],
  },
  {
    name: 'dates in words and in digits, and times of day, are constants',
    lines: [
      'Встреча прошла 2 декабря в Москве.',
      'Документ подписан 2 декабря 2025 года в Кремле.',
      'Дата публикации: 02.12.2025, обновлено 2025-12-02.',
      '«До 15 января 2026 г. решение примут», — сказал он.',
      'У 2 маяков нет смотрителей.',
      'Брифинг начнётся в 12:30 по московскому времени.',
    ],
    expect: [
      { text: '2 декабря', has: [DATE] },
      { text: 'в Москве.', plain: true },
      { line: 1, text: '2 декабря 2025 года', has: [DATE] },
      { line: 1, text: 'в Кремле.', plain: true },
      { line: 2, text: '02.12.2025', has: [DATE], lacks: ['constant.numeric'] },
      { line: 2, text: '2025-12-02', has: [DATE], lacks: ['constant.numeric'] },
      { line: 3, text: '15 января 2026 г.', has: [DATE, 'meta.quotation.guillemets'] },
      { line: 4, text: '2', has: [NUMBER], lacks: [DATE] },
      { line: 4, text: 'маяков', plain: true },
      { line: 5, text: '12:30', has: ['constant.other.time'], lacks: ['constant.numeric'] },
    ],
  },
  {
    name: 'numbers with decimal commas, grouped thousands and percentages are numeric',
    lines: [
      'Инфляция замедлилась до 8,1%, а выручка выросла на 1 000 рублей, или на 12 %.',
      'В 2025 году истребитель Су-57 показали на выставке.',
      'Курс составил 3.75 пункта.',
    ],
    expect: [
      { text: '8,1%', has: [PERCENTAGE] },
      { text: '1 000', has: [NUMBER], lacks: [PERCENTAGE] },
      { text: '12 %', has: [PERCENTAGE] },
      { text: 'рублей, или на', plain: true },
      { line: 1, text: '2025', has: [NUMBER] },
      { line: 1, text: '57', lacks: ['constant.numeric'] },
      { line: 2, text: '3.75', has: [NUMBER] },
    ],
  },
  {
    name: 'links are underlined and stop before trailing punctuation',
    lines: [
      'Полный текст опубликован на https://example.ru/news/2025/12/02/text.html, а также на сайте kremlin.ru.',
      'Подробности: www.example.org/doc?id=8 (на русском).',
    ],
    expect: [
      { text: 'https://example.ru/news/2025/12/02/text.html', has: [LINK], lacks: ['constant'] },
      { text: ', а также на сайте', plain: true },
      { text: 'kremlin.ru', has: [LINK] },
      { text: '.', occurrence: 3, plain: true }, // the full stop after kremlin.ru
      { line: 1, text: 'www.example.org/doc?id=8', has: [LINK] },
      { line: 1, text: '(на русском).', plain: true },
    ],
  },
  {
    name: 'an unbalanced opening mark ends with its paragraph and never leaks to the next line',
    lines: [
      'Он сказал: «Переговоры продолжатся, но без нас.',
      'Следующий абзац начинается без кавычек.',
      'Источник назвал это „временной мерой.',
      'Ещё один абзац.',
      'Компания "Восток объявила о сделке.',
      'Третий абзац.',
      'В документе [пропущено слово.',
      'Четвёртый абзац.',
      '«Поставки возобновятся, — заявили в министерстве',
      'Пятый абзац.',
    ],
    expect: [
      { text: 'но без нас.', has: [GUILLEMETS] },
      { line: 1, text: 'Следующий абзац начинается без кавычек.', plain: true },
      { line: 2, text: 'временной мерой.', has: [LOW_HIGH] },
      { line: 3, text: 'Ещё один абзац.', plain: true },
      { line: 4, text: 'объявила о сделке.', has: [STRAIGHT] },
      { line: 5, text: 'Третий абзац.', plain: true },
      { line: 6, text: 'пропущено слово.', has: [INSERTION] },
      { line: 7, text: 'Четвёртый абзац.', plain: true },
      { line: 8, text: 'заявили в министерстве', has: [ATTRIBUTION] },
      { line: 9, text: 'Пятый абзац.', plain: true },
    ],
  },
  {
    name: 'plain news prose gets no scope beyond the root',
    lines: ['Президент провёл совещание с членами правительства, после чего выступил перед журналистами.'],
    expect: [
      { text: 'Президент провёл совещание с членами правительства, после чего выступил перед журналистами.', plain: true },
    ],
  },
];

function describeTokens(scopes: string[][]): string {
  return scopes.map((stack) => stack.join(' ')).join('\n  ');
}

describe('news-article grammar', () => {
  let grammar: IGrammar;

  before(async () => {
    grammar = await loadNewsGrammar();
  });

  for (const grammarCase of cases) {
    test(grammarCase.name, () => {
      const tokens = tokenizeLines(grammar, grammarCase.lines);
      for (const expectation of grammarCase.expect) {
        const lineIndex = expectation.line ?? 0;
        const scopes = scopesOver(grammarCase.lines, tokens, lineIndex, expectation.text, expectation.occurrence);
        const where = `"${expectation.text}" on line ${lineIndex}, tokens:\n  ${describeTokens(scopes)}`;
        assert.ok(scopes.length > 0, `no tokens over ${where}`);
        for (const expected of expectation.has ?? []) {
          const missing = scopes.some((stack) => !stack.some((scope) => scopeMatches(scope, expected)));
          assert.ok(!missing, `expected ${expected} over ${where}`);
        }
        for (const forbidden of expectation.lacks ?? []) {
          const present = scopes.some((stack) => stack.some((scope) => scopeMatches(scope, forbidden)));
          assert.ok(!present, `did not expect ${forbidden} over ${where}`);
        }
        if (expectation.plain) {
          for (const stack of scopes) assert.deepEqual(stack, [SCOPE_NAME], `expected only the root scope over ${where}`);
        }
      }
    });
  }

  test('the grammar declares text.news-article and every regular expression compiles', async () => {
    await loadOniguruma();
    const raw = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8'));
    assert.equal(raw.scopeName, SCOPE_NAME);
    const sources: string[] = [];
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if ((key === 'match' || key === 'begin' || key === 'end' || key === 'while') && typeof value === 'string') {
            sources.push(value);
          } else collect(value);
        }
      }
    };
    collect(raw);
    assert.ok(sources.length >= 20, `expected the grammar's patterns, found ${sources.length}`);
    for (const source of sources) {
      assert.doesNotThrow(() => new oniguruma.OnigScanner([source]), `pattern does not compile: ${source}`);
    }
  });
});

interface LanguageConfiguration {
  brackets: unknown;
  autoClosingPairs: unknown;
  surroundingPairs: unknown;
  wordPattern: string | { pattern: string; flags?: string };
}

const QUOTE_AND_BRACKET_PAIRS: Array<[string, string]> = [
  ['«', '»'],
  ['„', '“'],
  ['“', '”'],
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
  ['"', '"'],
];

function readLanguageConfiguration(): LanguageConfiguration {
  // Strict JSON.parse: the file must be plain JSON, not JSON with comments.
  return JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'language-configuration.json'), 'utf8'));
}

/** The word VS Code would select at `offset`, using the configured wordPattern as the editor compiles it. */
function wordAt(configuration: LanguageConfiguration, text: string, offset: number): string | undefined {
  const { wordPattern } = configuration;
  const source = typeof wordPattern === 'string' ? wordPattern : wordPattern.pattern;
  const flags = typeof wordPattern === 'string' ? '' : (wordPattern.flags ?? '');
  const regex = new RegExp(source, flags.includes('g') ? flags : flags + 'g');
  for (const match of text.matchAll(regex)) {
    if (match.index! <= offset && offset <= match.index! + match[0].length) return match[0];
  }
  return undefined;
}

describe('news-article language configuration', () => {
  const sentence =
    'Бывший экс-президент Жан-Клод обсудил с аш-Шараа ход российско-американских консультаций («ТАСС», рост 8,1%) — О’Нил.';

  const words: Array<[string, string]> = [
    ['президент', 'экс-президент'],
    ['Клод', 'Жан-Клод'],
    ['Шараа', 'аш-Шараа'],
    ['американских', 'российско-американских'],
    ['ТАСС', 'ТАСС'],
    ['8,1', '8,1'],
    ['Нил', 'О’Нил'],
    ['Бывший', 'Бывший'],
  ];

  for (const [inside, expected] of words) {
    test(`the word at “${inside}” is “${expected}”`, () => {
      const offset = sentence.indexOf(inside) + Math.floor(inside.length / 2);
      assert.equal(wordAt(readLanguageConfiguration(), sentence, offset), expected);
    });
  }

  test('no word swallows punctuation, quotes or dashes', () => {
    const configuration = readLanguageConfiguration();
    const { wordPattern } = configuration;
    const source = typeof wordPattern === 'string' ? wordPattern : wordPattern.pattern;
    for (const match of sentence.matchAll(new RegExp(source, 'g'))) {
      const word = match[0].replace(/(?<=\d)[.,](?=\d)/g, '');
      assert.doesNotMatch(word, /[«»„“”"(),.:;!?—–\s%]|^['’-]|['’-]$/, `word "${match[0]}" swallowed punctuation`);
    }
  });

  test('every auto-closing and surrounding pair is a well-formed pair of strings', () => {
    const configuration = readLanguageConfiguration();
    assert.ok(Array.isArray(configuration.autoClosingPairs), 'autoClosingPairs is an array');
    const autoClosing = (configuration.autoClosingPairs as unknown[]).map((entry) => {
      assert.equal(typeof entry, 'object', `auto-closing pair ${JSON.stringify(entry)} is an object`);
      const { open, close, notIn } = entry as { open: unknown; close: unknown; notIn?: unknown };
      assert.ok(typeof open === 'string' && open.length > 0, `open of ${JSON.stringify(entry)}`);
      assert.ok(typeof close === 'string' && close.length > 0, `close of ${JSON.stringify(entry)}`);
      if (notIn !== undefined) {
        assert.ok(Array.isArray(notIn) && notIn.every((kind) => ['string', 'comment'].includes(kind)), 'notIn');
      }
      return `${open}${close}`;
    });
    assert.ok(Array.isArray(configuration.surroundingPairs), 'surroundingPairs is an array');
    const surrounding = (configuration.surroundingPairs as unknown[]).map((entry) => {
      const pair = Array.isArray(entry) ? entry : [(entry as { open: unknown }).open, (entry as { close: unknown }).close];
      assert.ok(pair.length === 2 && pair.every((part) => typeof part === 'string' && part.length > 0), JSON.stringify(entry));
      return `${pair[0]}${pair[1]}`;
    });
    for (const [open, close] of QUOTE_AND_BRACKET_PAIRS) {
      assert.ok(autoClosing.includes(open + close), `auto-closing pair ${open} ${close}`);
      assert.ok(surrounding.includes(open + close), `surrounding pair ${open} ${close}`);
    }
    assert.equal(new Set(autoClosing).size, autoClosing.length, 'no duplicate auto-closing pairs');
  });

  test('brackets are pairs of strings that also auto-close', () => {
    const configuration = readLanguageConfiguration();
    assert.ok(Array.isArray(configuration.brackets));
    for (const pair of configuration.brackets as unknown[]) {
      assert.ok(Array.isArray(pair) && pair.length === 2 && pair.every((part) => typeof part === 'string'), JSON.stringify(pair));
      const [open, close] = pair as [string, string];
      assert.ok(QUOTE_AND_BRACKET_PAIRS.some(([o, c]) => o === open && c === close), `bracket ${open} ${close}`);
    }
  });
});
