import { describe, expect, it } from 'vitest';
import { changedPaths, contains, mergeEdits, overlaps, sameValue } from './merge';

describe('sameValue', () => {
  it.each([
    [{ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 }, true],
    [{ a: undefined }, {}, true],
    [[1, 2], [2, 1], false],
    [{ a: '' }, { a: ' ' }, false],
    [[], {}, false],
  ])('%j and %j: %s', (a, b, same) => {
    expect(sameValue(a, b)).toBe(same);
  });
});

describe('paths', () => {
  it.each([
    ['work', 'work.0.company', true],
    ['work.0', 'work.0', true],
    ['work', 'workAuthorization', false],
    ['', 'personal.email', true],
    ['work.1', 'work.10', false],
  ])('%s contains %s: %s', (outer, inner, expected) => {
    expect(contains(outer, inner)).toBe(expected);
    expect(overlaps(inner, outer)).toBe(expected);
  });
});

describe('changedPaths', () => {
  it.each([
    { name: 'nothing changed', before: { a: { b: 1 } }, after: { a: { b: 1 } }, paths: [] },
    { name: 'each field of an object', before: { a: { b: 1, c: 2 }, d: 3 }, after: { a: { b: 9, c: 2 }, d: 4 }, paths: ['a.b', 'd'] },
    { name: 'a key only one side has', before: { a: 1 }, after: { a: 1, e: 2 }, paths: ['e'] },
    { name: 'entries of a list that kept its length', before: { l: [{ x: 1 }, { x: 2 }] }, after: { l: [{ x: 1 }, { x: 3 }] }, paths: ['l.1.x'] },
    { name: 'a list that grew, as one value', before: { l: [{ x: 1 }] }, after: { l: [{ x: 2 }, { x: 3 }] }, paths: ['l'] },
    { name: 'a list that shrank, as one value', before: { l: ['a', 'b'] }, after: { l: ['a'] }, paths: ['l'] },
  ])('$name', ({ before, after, paths }) => {
    expect(changedPaths(before, after)).toEqual(paths);
  });
});

interface Doc {
  name: string;
  email: string;
  city: string;
  jobs: { company: string; title: string }[];
}

const base: Doc = {
  name: 'Jordan',
  email: 'jordan@example.com',
  city: 'New York',
  jobs: [
    { company: 'Meta', title: 'Engineer' },
    { company: 'Jet', title: 'Intern' },
  ],
};

function edit(change: Partial<Doc>): Doc {
  return { ...base, ...change };
}

function jobs(...titles: string[]): Doc['jobs'] {
  return titles.map((title, index) => ({ company: base.jobs[index]?.company ?? 'New', title }));
}

describe('mergeEdits', () => {
  it.each([
    {
      name: 'different fields: both kept',
      mine: edit({ email: 'j@new.example' }),
      edits: ['email'],
      theirs: edit({ city: 'Boston' }),
      merged: edit({ email: 'j@new.example', city: 'Boston' }),
      conflicts: [],
    },
    {
      name: 'a field this page did not edit: the stored value replaces the stale copy',
      mine: base,
      edits: [],
      theirs: edit({ name: 'Jordy' }),
      merged: edit({ name: 'Jordy' }),
      conflicts: [],
    },
    {
      name: 'the same field changed to different values: this page keeps its own and is told',
      mine: edit({ name: 'Ada' }),
      edits: ['name'],
      theirs: edit({ name: 'Bea' }),
      merged: edit({ name: 'Ada' }),
      conflicts: [{ path: 'name', theirs: 'Bea' }],
    },
    {
      name: 'the same field changed to the same value: no conflict',
      mine: edit({ name: 'Ada' }),
      edits: ['name'],
      theirs: edit({ name: 'Ada' }),
      merged: edit({ name: 'Ada' }),
      conflicts: [],
    },
    {
      name: 'an invalid edit here and a change there of another field: the other change is taken',
      mine: edit({ email: 'jordan at example' }),
      edits: ['email'],
      theirs: edit({ city: 'Boston' }),
      merged: edit({ email: 'jordan at example', city: 'Boston' }),
      conflicts: [],
    },
    {
      name: 'an edit undone by hand: the stored value is taken',
      mine: base,
      edits: ['name'],
      theirs: edit({ name: 'Bea' }),
      merged: edit({ name: 'Bea' }),
      conflicts: [],
    },
    {
      name: 'different entries of a list of the same length: both kept',
      mine: edit({ jobs: jobs('Staff Engineer', 'Intern') }),
      edits: ['jobs.0.title'],
      theirs: edit({ jobs: jobs('Engineer', 'Summer Intern') }),
      merged: edit({ jobs: jobs('Staff Engineer', 'Summer Intern') }),
      conflicts: [],
    },
    {
      name: 'an entry edited here, the list grown there: the whole list is in dispute',
      mine: edit({ jobs: jobs('Staff Engineer', 'Intern') }),
      edits: ['jobs.0.title'],
      theirs: edit({ jobs: jobs('Engineer', 'Intern', 'Founder') }),
      merged: edit({ jobs: jobs('Staff Engineer', 'Intern') }),
      conflicts: [{ path: 'jobs', theirs: jobs('Engineer', 'Intern', 'Founder') }],
    },
    {
      name: 'a list reordered here, an entry edited there: the whole list is in dispute',
      mine: edit({ jobs: [base.jobs[1]!, base.jobs[0]!] }),
      edits: ['jobs'],
      theirs: edit({ jobs: jobs('Engineer', 'Summer Intern') }),
      merged: edit({ jobs: [base.jobs[1]!, base.jobs[0]!] }),
      conflicts: [{ path: 'jobs', theirs: jobs('Engineer', 'Summer Intern') }],
    },
    {
      name: 'a list grown there, edited nowhere here: taken whole',
      mine: edit({ name: 'Ada' }),
      edits: ['name'],
      theirs: edit({ jobs: jobs('Engineer', 'Intern', 'Founder') }),
      merged: edit({ name: 'Ada', jobs: jobs('Engineer', 'Intern', 'Founder') }),
      conflicts: [],
    },
  ])('$name', ({ mine, edits, theirs, merged, conflicts }) => {
    const result = mergeEdits(base, mine, edits, theirs);
    expect(result.merged).toEqual(merged);
    expect(result.conflicts).toEqual(conflicts);
  });

  it('widens an edit inside a disputed list to the whole list, so the list is saved as one value', () => {
    const result = mergeEdits(base, edit({ jobs: jobs('Staff Engineer', 'Intern') }), ['name', 'jobs.0.title'], edit({ jobs: [] }));
    expect(result.edits).toEqual(['jobs']);
  });

  it('leaves untouched branches shared, so an unchanged draft stays the same object', () => {
    const mine = edit({ name: 'Ada' });
    expect(mergeEdits(base, mine, ['name'], base).merged).toBe(mine);
  });
});
