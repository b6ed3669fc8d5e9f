import { rolesTable } from './rolesHelper';

rolesTable('attachRoles: an infinitive after a future form of «быть» is the compound future, said of the subject', [
  ['Фактически Олег Сидоров будет являться соруководителем компании.', ['Сидоров: соруководителем компании → соруководитель компании']],
  ['Анна Смирнова будет работать инженером на заводе.', ['Смирнова: инженером → инженер']],
  // A verb of appointing still gives the title to its object.
  ['Ректор Иван Петров будет назначать Олега Сидорова деканом.', ['Петров: Ректор → ректор', 'Сидорова: деканом → декан']],
  // An infinitive of becoming after another verb stays a prospect.
  ['Олег Сидоров будет стремиться стать мэром.', []],
]);

rolesTable('attachRoles: a player\'s position in the instrumental after «играть»', [
  ['Иван Петров, который до недавнего времени играл полузащитником за клуб «Спартак», завершил карьеру.', ['Петров: полузащитником → полузащитник']],
  ['В молодости Олег Сидоров играл вратарём.', ['Сидоров: вратарём → вратарь']],
]);
