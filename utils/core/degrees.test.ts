import { describe, expect, it } from 'vitest';
import { parseDegree } from './degrees';

describe('parseDegree', () => {
  it.each([
    ['BS', { level: 'bachelor', kind: 'science' }],
    ['B.S.', { level: 'bachelor', kind: 'science' }],
    ['Bachelor of Science (BS)', { level: 'bachelor', kind: 'science' }],
    ['Bachelor of Science in Computer Science', { level: 'bachelor', kind: 'science' }],
    ["Bachelor's Degree", { level: 'bachelor' }],
    ['Bachelors', { level: 'bachelor' }],
    ['BA', { level: 'bachelor', kind: 'arts' }],
    ["Master's Degree", { level: 'master' }],
    ['Master of Science', { level: 'master', kind: 'science' }],
    ['MBA', { level: 'master', kind: 'business administration' }],
    ['Ph.D.', { level: 'doctorate', kind: 'philosophy' }],
    ['Doctor of Philosophy (PhD)', { level: 'doctorate', kind: 'philosophy' }],
    ['Juris Doctor (JD)', { level: 'law' }],
    ['High School Diploma', { level: 'high-school' }],
    ["Associate's Degree", { level: 'associate' }],
  ])('%s', (text, expected) => {
    expect(parseDegree(text)).toEqual(expected);
  });

  it('is undefined for what is not a degree', () => {
    expect(parseDegree('Mathematics')).toBeUndefined();
  });
});
