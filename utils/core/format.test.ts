import { describe, expect, it } from 'vitest';
import { formatSalary } from './format';
import { field, labelled } from './testing';

const salary = { amount: 200000, currency: 'USD', period: 'year' } as const;

describe('formatSalary: what a salary question gets', () => {
  it.each([
    // Greenhouse's custom questions are text boxes that often state both already.
    ['What are your annual base salary expectations (USD)?', '200000'],
    ['Expected yearly salary in $', '200000'],
    ['What are your salary expectations?', '200000 USD per year'],
    ['Desired salary (USD)', '200000 per year'],
    ['Desired annual salary', '200000 USD'],
    ['Salary expectations (per year, in USD)', '200000'],
  ])('%s -> %s', (question, expected) => {
    expect(formatSalary(salary, labelled(question))).toBe(expected);
  });

  it('reads the hint and the placeholder too', () => {
    expect(formatSalary(salary, field({ labels: ['Compensation expectations'], placeholder: 'USD per year' }))).toBe('200000');
  });

  it('gives a number field the amount alone', () => {
    expect(formatSalary(salary, labelled('Expected salary', { inputType: 'number' }))).toBe('200000');
  });

  it('answers nothing in another currency or for another period: the figure would mean something else', () => {
    expect(formatSalary(salary, labelled('Salary expectations (EUR)'))).toBeUndefined();
    expect(formatSalary(salary, labelled('Expected gross salary in €'))).toBeUndefined();
    expect(formatSalary(salary, labelled('Desired hourly rate of pay'))).toBeUndefined();
    expect(formatSalary({ ...salary, currency: 'CAD' }, labelled('Expected salary ($)'))).toBe('200000 per year');
  });
});
