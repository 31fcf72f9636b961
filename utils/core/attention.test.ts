import { describe, expect, it } from 'vitest';
import { needsUser } from './attention';
import type { FieldOutcome, FieldResult } from './types';

const result = (kind: FieldResult['kind'], outcome: FieldOutcome): FieldResult => ({ ref: 'f1', label: 'x', kind, outcome });
const noAnswer: FieldOutcome = { status: 'skipped', reason: 'no-answer' };

describe('needsUser', () => {
  it.each([
    ['an optional middle name the profile leaves empty', result('middleName', noAnswer), false, false],
    ['a phone extension', result('phoneExtension', noAnswer), false, false],
    ['an address line 2', result('addressLine2', noAnswer), false, false],
    ['a preferred name', result('preferredName', noAnswer), false, false],
    ['a middle name the form requires', result('middleName', noAnswer), true, true],
    ['a question the profile does not answer', result('savedAnswer', noAnswer), false, true],
    ['an unknown question', result('unknown', { status: 'skipped', reason: 'unknown-field' }), false, true],
    ['an optional field whose options do not fit', result('middleName', { status: 'skipped', reason: 'no-matching-option' }), false, true],
    ['a field that failed', result('middleName', { status: 'failed', error: 'the page did not keep the value' }), false, true],
    ['what the user typed', result('email', { status: 'skipped', reason: 'user-value' }), true, false],
    ['a filled field', result('email', { status: 'filled', value: 'a@b.c' }), true, false],
  ] as const)('%s: %s', (_, field, required, expected) => {
    expect(needsUser(field, required)).toBe(expected);
  });
});
