/** The server's user-facing strings in English and Russian (`ruNewsLens.uiLanguage`). */
import type { Finding } from './core/types';

export type UiLanguage = 'en' | 'ru';

const STRINGS = {
  en: {
    male: 'male', female: 'female', genderUnknown: 'gender unknown',
    mentions: (count: number) => `${count} mention${count === 1 ? '' : 's'}`,
    roles: 'Roles', quotes: (count: number) => `Quotes (${count})`, moreQuotes: (count: number) => `…and ${count} more`,
    quoteBy: 'Quote by', reported: 'reported', direct: 'direct', speakerNotFound: 'Speaker not found',
    roleOf: 'Role of', noRoles: 'no role found', quotationsWithoutSpeaker: 'Quotations without a speaker', saidBy: 'said by',
    fixReplacement: (code: string) => FIX_TITLES.en[code] ?? 'Apply the suggested fix',
    fixAll: (code: string, count: number) => `${FIX_TITLES.en[code] ?? 'Apply the fix'} (all ${count} in the article)`,
    spellAs: (name: string) => `Spell as ${name} everywhere`,
    nameSpeaker: (name: string) => `Name the speaker: ${name}`,
    disableInSettings: (code: string) => `Disable ${code} (settings)`,
    disableInArticle: (code: string) => `Disable ${code} in this article`,
    summary: (people: number, quotes: number) => `${people} ${people === 1 ? 'person' : 'people'} · ${quotes} quote${quotes === 1 ? '' : 's'}`,
    renameNotAName: 'Only a person\'s name can be renamed here.',
    renameEmpty: 'The new name is empty.',
    /** The core writes its findings' messages in English. */
    findingMessage: (finding: Finding) => finding.message,
  },
  ru: {
    male: 'мужчина', female: 'женщина', genderUnknown: 'пол не указан',
    mentions: (count: number) => `упоминаний: ${count}`,
    roles: 'Роли', quotes: (count: number) => `Цитаты (${count})`, moreQuotes: (count: number) => `…и ещё ${count}`,
    quoteBy: 'Цитата:', reported: 'косвенная речь', direct: 'прямая речь', speakerNotFound: 'Автор не найден',
    roleOf: 'Роль:', noRoles: 'роль не найдена', quotationsWithoutSpeaker: 'Цитаты без автора', saidBy: 'автор',
    fixReplacement: (code: string) => FIX_TITLES.ru[code] ?? 'Исправить',
    fixAll: (code: string, count: number) => `${FIX_TITLES.ru[code] ?? 'Исправить'} (все ${count} в статье)`,
    spellAs: (name: string) => `Писать везде ${name}`,
    nameSpeaker: (name: string) => `Назвать говорящего: ${name}`,
    disableInSettings: (code: string) => `Отключить ${code} (настройки)`,
    disableInArticle: (code: string) => `Отключить ${code} в этой статье`,
    summary: (people: number, quotes: number) => `людей: ${people} · цитат: ${quotes}`,
    renameNotAName: 'Переименовать можно только имя человека.',
    renameEmpty: 'Новое имя пустое.',
    findingMessage: (finding: Finding) => RUSSIAN_FINDINGS[finding.code]?.(finding.data ?? {}) ?? finding.message,
  },
};

/** Titles of the quick fixes that apply a finding's `data.replacement`, by check code. */
const FIX_TITLES: Record<UiLanguage, Record<string, string>> = {
  en: { 'straight-quotes': 'Convert to « »', 'hyphen-dash': 'Replace with an em dash' },
  ru: { 'straight-quotes': 'Заменить на « »', 'hyphen-dash': 'Заменить на тире' },
};

/** Russian messages of the checks, made from each finding's `data`. */
const RUSSIAN_FINDINGS: Record<string, (data: Record<string, unknown>) => string> = {
  'unattributed-quote': () => 'Цитата без автора: в тексте не сказано, кто это сказал.',
  'unbalanced-quotes': (data) => `Кавычка ${String(data.mark ?? '')} без пары в своём абзаце.`,
  'name-variants': (data) => `«${String(data.variant)}» и «${String(data.preferred)}» — похоже, один человек, записанный по-разному.`,
  'surname-first-mention': (data) => data.fullName
    ? `${String(data.name)}: при первом упоминании только фамилия, полное имя дано ниже.`
    : `${String(data.name)}: упомянут(а) только по фамилии, полное имя в статье не названо.`,
  'straight-quotes': () => 'Прямые кавычки в русском тексте: используйте « » (и „ “ внутри).',
  'hyphen-dash': () => 'Дефис в прямой речи: нужно тире (—).',
  'ambiguous-speaker': (data) => `Неясно, кто говорит: ${Array.isArray(data.names) ? data.names.join(' или ') : ''}. Назовите говорящего.`,
};

export type Strings = (typeof STRINGS)['en'];

export function stringsFor(language: UiLanguage): Strings {
  return STRINGS[language];
}
