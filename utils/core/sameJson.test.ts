import { describe, expect, it } from 'vitest';
import { sameJson } from './sameJson';

describe('sameJson', () => {
  it('finds equal what serialises alike, whatever the key order', () => {
    const field = { ref: 'p0.1', control: 'text', labels: ['First name'], required: true, options: [{ value: 'a', label: 'A' }] };
    expect(sameJson(field, structuredClone(field))).toBe(true);
    expect(sameJson({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(sameJson([], [])).toBe(true);
    expect(sameJson(null, null)).toBe(true);
  });

  it('tells apart any difference in a value, a key, a length or a type', () => {
    const field = { ref: 'p0.1', labels: ['First name'], options: [{ value: 'a', label: 'A' }] };
    expect(sameJson(field, { ...field, labels: ['Last name'] })).toBe(false);
    expect(sameJson(field, { ...field, options: [{ value: 'a', label: 'B' }] })).toBe(false);
    expect(sameJson(field, { ...field, extra: 1 })).toBe(false);
    expect(sameJson({ a: 1, b: 2 }, { a: 1, c: 2 })).toBe(false);
    expect(sameJson([1, 2], [1, 2, 3])).toBe(false);
    expect(sameJson([1], { 0: 1 })).toBe(false);
    expect(sameJson({ 0: 1 }, [1])).toBe(false);
    expect(sameJson('1', 1)).toBe(false);
    expect(sameJson(null, {})).toBe(false);
    expect(sameJson({}, null)).toBe(false);
  });

  it('counts a key holding undefined as a difference (never equal where serialising would differ)', () => {
    expect(sameJson({ a: undefined }, {})).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
  });
});
