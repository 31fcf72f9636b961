import { describe, expect, it } from 'vitest';
import type { ClassifiedField } from '../core/types';
import { labelled } from '../core/testing';
import { AHEAD_MS, ClassifiedAhead } from './classifiedAhead';

const classified: ClassifiedField[] = [{ field: labelled('First name', { ref: 'f' }), classification: { kind: 'firstName', confidence: 0.9 } }];
const FIELDS = [labelled('First name', { ref: 'f' })];

describe('ClassifiedAhead', () => {
  function setup() {
    let clock = 0;
    return { ahead: new ClassifiedAhead(() => clock), advance: (ms: number) => (clock += ms) };
  }

  it('gives the classification back for the very fields, profile version and ATS it was made for, once', () => {
    const { ahead } = setup();
    ahead.keep('1:0', { ats: 'greenhouse', version: 'r1', fields: FIELDS, classified });
    expect(ahead.take('1:0', 'greenhouse', 'r1', FIELDS)).toBe(classified);
    expect(ahead.take('1:0', 'greenhouse', 'r1', FIELDS)).toBeUndefined();
  });

  it('takes the same fields sent again, a copy of them, as the very same', () => {
    const { ahead } = setup();
    ahead.keep('1:0', { ats: 'greenhouse', version: 'r1', fields: FIELDS, classified });
    expect(ahead.take('1:0', 'greenhouse', 'r1', structuredClone(FIELDS))).toBe(classified);
  });

  it.each([
    ['another frame', ['1:5', 'greenhouse', 'r1', FIELDS]],
    ['another ATS', ['1:0', 'lever', 'r1', FIELDS]],
    ['another version of the profile', ['1:0', 'greenhouse', 'r2', FIELDS]],
    ['other fields', ['1:0', 'greenhouse', 'r1', [labelled('Last name', { ref: 'f' })]]],
    ['one more field', ['1:0', 'greenhouse', 'r1', [...FIELDS, labelled('Last name', { ref: 'g' })]]],
  ] as const)('gives nothing for %s', (_case, [frame, ats, version, fields]) => {
    const { ahead } = setup();
    ahead.keep('1:0', { ats: 'greenhouse', version: 'r1', fields: FIELDS, classified });
    expect(ahead.take(frame, ats, version, fields)).toBeUndefined();
  });

  it('forgets a classification older than a few minutes', () => {
    const { ahead, advance } = setup();
    ahead.keep('1:0', { ats: 'greenhouse', version: 'r1', fields: FIELDS, classified });
    advance(AHEAD_MS);
    expect(ahead.take('1:0', 'greenhouse', 'r1', FIELDS)).toBeUndefined();
  });
});
