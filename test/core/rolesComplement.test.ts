import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { rolesOf, rolesTable } from './rolesHelper';

describe('attachRoles: a complement the phrase did not take runs on up to the name', () => {
  const table: [string, string[]][] = [
    ['Как сообщил судья округа Галвестон Олег Смирнов, пострадавших нет.', ['Смирнов: судья округа Галвестон → судья округа Галвестон']],
    ['Приказ подписал заместитель министра в Южном округе Олег Смирнов.', ['Смирнов: заместитель министра в Южном округе → заместитель министра в Южном округе']],
    ['Письмо направлено начальнику пресс-службы ГУ МВД по г. Москве Олегу Смирнову.', ['Смирнову: начальнику пресс-службы ГУ МВД по г. Москве → начальник пресс-службы ГУ МВД по г. Москве']],
    ['По мнению члена комитета по обороне и безопасности Олега Смирнова, решение верное.', ['Смирнова: члена комитета по обороне и безопасности → член комитета по обороне и безопасности']],
    ['Собрание открыл президент компании «Северный ветер» Олег Смирнов.', ['Смирнов: президент компании «Северный ветер» → президент компании «Северный ветер»']],
    // A genitive name after a common noun is that noun's; after "имени" or a preposition, their object.
    ['Режиссёр не может найти актёра на роль Олега Смирнова.', []],
    ['Он работал директором завода имени Олега Смирнова.', []],
    // A person noun between: the name is its apposition, not the title's.
    ['Адвокаты жительницы города Анны Беловой подали жалобу.', []],
    // A verb or a comma between ends the complement.
    ['Глава комитета заявил Олегу Смирнову о решении.', []],
    ['Председатель комиссии по этике, Олег Смирнов и Анна Белова пришли.', []],
  ];
  for (const [sentence, expected] of table) it(sentence, async () => assert.deepEqual(await rolesOf(sentence), expected));
});

describe('attachRoles: an abbreviation the dictionary reads as another word is a complement', () => {
  const table: [string, string[]][] = [
    // "МОК" reads as a form of "мокнуть", "ПАСЕ" as "пас" in the prepositional.
    ['Вчера вице-президент МОК Олег Смирнов выдвинул свою кандидатуру.', ['Смирнов: вице-президент МОК → вице-президент МОК']],
    ['На сессии выступил докладчик ПАСЕ Олег Смирнов.', ['Смирнов: докладчик ПАСЕ → докладчик ПАСЕ']],
    ['Свои кандидатуры выдвинули члены МОК Олег Смирнов и Анна Белова.', ['Смирнов: члены МОК → член МОК', 'Белова: члены МОК → член МОК']],
    // A headline in capitals is no abbreviation.
    ['ГЛАВА МОК УШЁЛ В ОТСТАВКУ', []],
  ];
  for (const [sentence, expected] of table) it(sentence, async () => assert.deepEqual(await rolesOf(sentence), expected));
});

rolesTable('attachRoles: an adjective standing as a noun for a person is a complement, and one of several takes a dashed name', [
  ['Адвокат потерпевшего — Иван Петров заявил о победе.', ['Петров: Адвокат потерпевшего → адвокат потерпевшего']],
  // Before a noun it agrees with, the adjective is that noun's: the noun is the complement.
  ['Адвокат погибшего журналиста Иван Петров заявил о победе.', ['Петров: Адвокат погибшего журналиста → адвокат погибшего журналиста']],
  ['Ранее один из адвокатов семьи — Анна Белова заявила, что суд прав.', ['Белова: адвокатов семьи → адвокат семьи']],
]);
