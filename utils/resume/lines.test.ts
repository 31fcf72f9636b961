import { describe, expect, it } from 'vitest';
import { descriptionLines, isBullet, isLabelLine, isTitleCased, splitParts } from './lines';

describe('line shapes', () => {
  it('recognises bullets', () => {
    expect(['• Led', '- Led', '* Led', '▪Led', '1. Led', '– Led'].every(isBullet)).toBe(true);
    expect(['Led', '2019 — Now', '-5% churn'].some(isBullet)).toBe(false);
  });

  it('recognises label lines', () => {
    expect(isLabelLine('Keywords: Java, Go')).toBe(true);
    expect(isLabelLine('https://example.com')).toBe(false);
  });

  it('splits at the separators resumes use', () => {
    expect(splitParts('Engineer | Acme | Boston, MA')).toEqual(['Engineer', 'Acme', 'Boston, MA']);
    expect(splitParts('Acme Corp — Berlin, Germany')).toEqual(['Acme Corp', 'Berlin, Germany']);
    expect(splitParts('HOOD RIVER CO.\tPortland, OR')).toEqual(['HOOD RIVER CO.', 'Portland, OR']);
    expect(splitParts('Stripe · Full-time')).toEqual(['Stripe', 'Full-time']);
    expect(splitParts('Bachelor of Science - BS, Computer Science', false)).toEqual(['Bachelor of Science - BS, Computer Science']);
  });

  it('tells title case from sentences', () => {
    expect(isTitleCased('Greater New York City Area')).toBe(true);
    expect(isTitleCased('Head of Engineering')).toBe(true);
    expect(isTitleCased('Macro hedge fund trading rates, FX, and equities')).toBe(false);
  });

  it('joins lines a PDF wrapped back onto their bullet', () => {
    expect(descriptionLines(['• Cut latency by 40% by adding', 'a cache.', '• Mentored two engineers.', 'Keywords: Go'])).toEqual([
      'Cut latency by 40% by adding a cache.',
      'Mentored two engineers.',
      'Keywords: Go',
    ]);
  });
});
