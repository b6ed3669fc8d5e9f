import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { personWithId } from '../../server/src/core/people/personWithId';
import type { Person } from '../../server/src/core/types';

const person = (id: string, name: string): Person => ({ id, name, gender: null, roles: [], mentions: [] });

describe('personWithId', () => {
  it('finds each person of a list by id, the first of a repeated id, and no one for an unknown id', () => {
    const people = [person('p1', 'Анна Котова'), person('p2', 'Олег Рябов'), person('p2', 'второй с тем же id')];
    assert.equal(personWithId(people, 'p1')?.name, 'Анна Котова');
    assert.equal(personWithId(people, 'p2')?.name, 'Олег Рябов');
    assert.equal(personWithId(people, 'p9'), undefined);
    const other = [person('p1', 'Ирина Лосева')];
    assert.equal(personWithId(other, 'p1')?.name, 'Ирина Лосева', 'each list has its own index');
  });
});
