import { describe, expect, it } from 'vitest';
import { dateFormatOf, datePartAsked, formatSalary } from './format';
import { field, labelled } from './testing';
import type { DatePart, FieldDescription } from './types';

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

describe('datePartAsked: the one part of a date a box asks for', () => {
  it.each<[string, Partial<FieldDescription>, DatePart | undefined]>([
    ['iCIMS year box: its label, then the date it belongs to', { labels: ['Year', 'Start Date Year'], maxLength: 4 }, 'year'],
    ['Start Year', { labels: ['Start Year'] }, 'year'],
    ['Year of graduation', { labels: ['Year of graduation'] }, 'year'],
    ['iCIMS month select', { labels: ['Month', 'Start Date Month'] }, 'month'],
    ['iCIMS day select', { labels: ['Day', 'Start Date Day'] }, 'day'],
    ['named by its id alone', { labels: ['Start date'], htmlId: '-1_PersonProfileFields.rcf3214_Year' }, 'year'],
    ['four characters long', { labels: ['Start date'], maxLength: 4 }, 'year'],
    ['a whole date', { labels: ['Start date'] }, undefined],
    ['month and year asked together', { labels: ['Start date (Month / Year)'] }, undefined],
    ['the label decides before the legend', { labels: ['Start date', 'Employment (month/year)'] }, undefined],
    ["today's date is a whole date", { labels: ["Today's date"] }, undefined],
  ])('%s', (_title, description, part) => {
    expect(datePartAsked(field(description))).toBe(part);
  });

  it('lets a format hint decide first', () => {
    expect(dateFormatOf(field({ labels: ['Year'], placeholder: 'MM/YYYY' }))).toBe('MM/YYYY');
    expect(dateFormatOf(field({ labels: ['Start Year'] }))).toBe('YYYY');
    expect(dateFormatOf(field({ labels: ['Start Date Month'] }))).toBe('MM');
  });
});
