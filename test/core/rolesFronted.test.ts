import { rolesTable } from './rolesHelper';

rolesTable('attachRoles: an instrumental title opening its sentence, its verb past an aside, a place or a modal word', [
  ['Президентом, по всей вероятности, станет Иван Петров.', ['Петров: Президентом → президент']],
  ['Министром финансов (канцлером казначейства) должен стать Иван Петров.', ['Петров: Министром финансов → министр финансов']],
  ['Лидером группировки в Башкирии является Иван Петров.', ['Петров: Лидером группировки → лидер группировки']],
  ['Лучшим бомбардиром для команды стал Иван Петров с восемью голами.', ['Петров: Лучшим бомбардиром → лучший бомбардир']],
  // No linking verb: the instrumental says how, not what.
  ['Директором в прошлом году заводом руководил Иван Петров.', []],
  // An aside with a verb in it is a clause of its own.
  ['Президентом, как полагают эксперты, станет Иван Петров.', []],
]);

rolesTable('attachRoles: a second instrumental title after "а" and a dash stands for the linking verb of the clause before', [
  ['Директором стал Павел Сидоров, а продюсером — Иван Петров.', ['Сидоров: Директором → директор', 'Петров: продюсером → продюсер']],
  // No linking verb before: the dash says something else.
  ['Он гордится своим отцом, а продюсером — Иван Петров доволен.', []],
]);
