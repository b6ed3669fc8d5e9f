/**
 * Constructions of stop 20: titles stacked across an age, a nominative title in brackets after a
 * name in another case, and a verb the dictionary also reads as a rare noun ending a complement.
 */
import { rolesTable } from './rolesHelper';

rolesTable('attachRoles: an age between two stacked titles is the name\'s', [
  ['Суд приговорил бывшего командира бригады 74-летнего генерала Ивана Петрова к заключению.', [
    'Петрова: бывшего командира бригады → бывший командир бригады', 'Петрова: генерала → генерал',
  ]],
  ['Вчера в отставку ушёл министр обороны 60-летний генерал Олег Сидоров.', [
    'Сидоров: министр обороны → министр обороны', 'Сидоров: генерал → генерал',
  ]],
  // The age stands before the one title: nothing stacked, the title is the name's all the same.
  ['Суд приговорил бывшего командира 74-летнего Ивана Петрова к заключению.', ['Петрова: бывшего командира → бывший командир']],
]);

rolesTable('attachRoles: a nominative title in brackets after a name in any case', [
  ['У Ивана Петрова (полузащитник «Зенита» — ред.) лишний вес.', ['Петрова: полузащитник «Зенита» → полузащитник «Зенита»']],
  ['Клуб подписал Олега Сидорова (31-летний полузащитник играл за «Спартак»).', ['Сидорова: полузащитник → полузащитник']],
  // A title in the name's own case between commas, as before.
  ['Клуб подписал Олега Сидорова, полузащитника «Спартака», на три года.', ['Сидорова: полузащитника «Спартака» → полузащитник «Спартака»']],
  // After a comma a title in another case is not the name's.
  ['Письмо Олега Сидорова, директор завода получил вчера.', []],
]);

rolesTable('attachRoles: a verb read also, almost never, as a noun is no complement', [
  ['В числе выступавших артистов были Дженнифер Лопес и Энрике Иглесиас.', []],
  ['Гостями артиста были журналисты.', []],
]);
