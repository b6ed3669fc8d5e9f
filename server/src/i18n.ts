/** The server's user-facing strings in English and Russian (`ruNewsLens.uiLanguage`). */
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
    disableInSettings: (code: string) => `Disable ${code} (settings)`,
    disableInArticle: (code: string) => `Disable ${code} in this article`,
    summary: (people: number, quotes: number) => `${people} ${people === 1 ? 'person' : 'people'} · ${quotes} quote${quotes === 1 ? '' : 's'}`,
    renameNotAName: 'Only a person\'s name can be renamed here.',
    renameEmpty: 'The new name is empty.',
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
    disableInSettings: (code: string) => `Отключить ${code} (настройки)`,
    disableInArticle: (code: string) => `Отключить ${code} в этой статье`,
    summary: (people: number, quotes: number) => `людей: ${people} · цитат: ${quotes}`,
    renameNotAName: 'Переименовать можно только имя человека.',
    renameEmpty: 'Новое имя пустое.',
  },
};

/** Titles of the quick fixes that apply a finding's `data.replacement`, by check code. */
const FIX_TITLES: Record<UiLanguage, Record<string, string>> = {
  en: { 'straight-quotes': 'Convert to « »', 'hyphen-dash': 'Replace with an em dash' },
  ru: { 'straight-quotes': 'Заменить на « »', 'hyphen-dash': 'Заменить на тире' },
};

export type Strings = (typeof STRINGS)['en'];

export function stringsFor(language: UiLanguage): Strings {
  return STRINGS[language];
}
