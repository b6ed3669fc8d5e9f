/** The server's user-facing strings in English and Russian (`ruNewsLens.uiLanguage`). */
export type UiLanguage = 'en' | 'ru';

const STRINGS = {
  en: {
    male: 'male', female: 'female', genderUnknown: 'gender unknown',
    mentions: (count: number) => `${count} mention${count === 1 ? '' : 's'}`,
    roles: 'Roles', quotes: (count: number) => `Quotes (${count})`, moreQuotes: (count: number) => `…and ${count} more`,
    quoteBy: 'Quote by', reported: 'reported', direct: 'direct', speakerNotFound: 'Speaker not found',
    roleOf: 'Role of', noRoles: 'no role found', quotationsWithoutSpeaker: 'Quotations without a speaker', saidBy: 'said by',
  },
  ru: {
    male: 'мужчина', female: 'женщина', genderUnknown: 'пол не указан',
    mentions: (count: number) => `упоминаний: ${count}`,
    roles: 'Роли', quotes: (count: number) => `Цитаты (${count})`, moreQuotes: (count: number) => `…и ещё ${count}`,
    quoteBy: 'Цитата:', reported: 'косвенная речь', direct: 'прямая речь', speakerNotFound: 'Автор не найден',
    roleOf: 'Роль:', noRoles: 'роль не найдена', quotationsWithoutSpeaker: 'Цитаты без автора', saidBy: 'автор',
  },
};

export type Strings = (typeof STRINGS)['en'];

export function stringsFor(language: UiLanguage): Strings {
  return STRINGS[language];
}
