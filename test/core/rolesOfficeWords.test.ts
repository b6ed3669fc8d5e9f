import { rolesTable } from './rolesHelper';

rolesTable('attachRoles: a title after a noun of election names the office voted for, not its holder', [
  ['Президент Ирландии Иван Петров выступил в парламенте. Он не пойдёт на предстоящие выборы президента в следующем году.', ['Петров: Президент Ирландии → президент Ирландии']],
  ['Мэр города Олег Смирнов подал в отставку. Перевыборы мэра назначены на осень.', ['Смирнов: Мэр города → мэр города']],
  // Any other noun before the title leaves it the holder's: "отставку мэра".
  ['Мэр города Олег Смирнов подал в отставку. Отставку мэра приняли вчера.', ['Смирнов: Мэр города → мэр города', 'Смирнов: мэра → мэр', 'Смирнов ~ мэра']],
]);

rolesTable('attachRoles: a title capitalised out of respect is a complement of the title before it', [
  ['Вчера полномочный представитель Президента России Иван Петров открыл форум.', ['Петров: полномочный представитель Президента России → полномочный представитель Президента России']],
  ['На встречу приехал советник Председателя правительства Олег Смирнов.', ['Смирнов: советник Председателя правительства → советник Председателя правительства']],
]);

rolesTable('attachRoles: a student or a schoolboy studies and holds no role', [
  ['Вчера задержали 19-летнего студента Ивана Петрова.', []],
  ['На олимпиаде победила школьница Анна Белова, а аспирант МГУ Олег Смирнов занял второе место.', []],
  // Their teachers do hold one.
  ['Вчера задержали профессора Ивана Петрова.', ['Петрова: профессора → профессор']],
]);

rolesTable('attachRoles: a body\'s official name written with capitals goes on past a capitalised title', [
  ['В совещании участвовал замглавы Администрации Президента России Иван Петров.', ['Петров: замглавы Администрации Президента России → замглавы Администрации Президента России']],
  // After an abbreviation a title is an apposition of its own, as before.
  ['Выступил глава МВД полковник Иван Петров.', ['Петров: глава МВД → глава МВД', 'Петров: полковник → полковник']],
]);

rolesTable('attachRoles: an ampersand joins the words of an organisation written in Latin letters', [
  ['Компанию покинул руководитель подразделения Microsoft Entertainment & Devices Иван Петров.', ['Петров: руководитель подразделения Microsoft Entertainment & Devices → руководитель подразделения Microsoft Entertainment & Devices']],
]);

rolesTable('attachRoles: a kinship noun is a role only through a title after it, not through a common noun', [
  ['На свадьбе были отец жениха Иван Петров и мать невесты Анна Белова.', []],
  ['Инициатором акции стал Иван Петров — отец убитого.', ['Петров: Инициатором акции → инициатор акции']],
  // Through a title it still is.
  ['Об этом сообщила мать спортсменки Анна Белова.', ['Белова: мать спортсменки → мать спортсменки']],
]);

rolesTable('attachRoles: after a common noun of a place, a name right before the holder\'s name is the place\'s', [
  ['Неизвестный ранил главу администрации Сергиева Посада Ивана Петрова.', ['Петрова: главу администрации Сергиева Посада → глава администрации Сергиева Посада']],
  ['По словам шерифа округа Харрис Олега Смирнова, пострадавших нет.', ['Смирнова: шерифа округа Харрис → шериф округа Харрис']],
  // With no name right after it, the name is the holder's.
  ['Мэр города Олег Смирнов и Иван Петров выступили.', ['Смирнов: Мэр города → мэр города']],
]);

rolesTable('attachRoles: between an office opening its clause and the verb of taking it, its place or the agent of the passive', [
  ['Пост министра торговли в правительстве лейбористов занимал Иван Петров.', ['Петров: министра торговли → министр торговли']],
  ['На пост главы правительства большинством голосов была избрана 42-летняя Анна Белова.', ['Белова: главы правительства → глава правительства']],
]);
