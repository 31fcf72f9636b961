import type { Application, Personal } from '../profile/schema';
import { normalizeIdentifier, normalizeText } from './normalize';
import type { DatePart, DateValue, FieldDescription } from './types';

/** Profile values written the way a field asks for them. */

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as the profile stores dates; undefined for ''. */
export function parsePartialDate(iso: string | undefined): DateValue | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso ?? '');
  if (!match) return undefined;
  const [, year, month, day] = match;
  return {
    year: Number(year),
    ...(month ? { month: Number(month) } : {}),
    ...(day ? { day: Number(day) } : {}),
  };
}

const FORMAT_IN_TEXT = /\b(?:mm|dd|yyyy|yy)(?:\s*[/.-]\s*(?:mm|dd|yyyy|yy))+\b|\byyyy\b/i;

const PART_WORDS: Readonly<Record<DatePart, RegExp>> = {
  month: /\b(months?|mm)\b/,
  day: /\b(days?|dd)\b/,
  year: /\b(years?|yyyy|yy)\b/,
};
const PART_FORMATS: Readonly<Record<DatePart, string>> = { month: 'MM', day: 'DD', year: 'YYYY' };
const DATE_PARTS = ['month', 'day', 'year'] as const;

function partsNamedIn(text: string): DatePart[] {
  return DATE_PARTS.filter((part) => PART_WORDS[part].test(text));
}

/**
 * The one part of a date a box asks for, when it asks for one: "Year", "Start Year", "Start Date
 * Year" (iCIMS names its year box by the date's label and its own), a name ending in "_Year", a
 * box four characters long. The most specific label that names a part decides; one naming several
 * ("Month / Year") asks for a whole date.
 */
export function datePartAsked(field: FieldDescription): DatePart | undefined {
  for (const label of field.labels) {
    const named = partsNamedIn(normalizeText(label));
    if (named.length) return named.length === 1 ? named[0] : undefined;
  }
  for (const identifier of [field.name, field.htmlId]) {
    const last = /\b(month|day|year)( \d+)?$/.exec(normalizeIdentifier(identifier ?? ''))?.[1] as DatePart | undefined;
    if (last) return last;
  }
  return field.maxLength === 4 ? 'year' : undefined;
}

/**
 * The date format a text field asks for: a hint ("MM / YYYY" placeholder, "(MM/DD/YYYY)" in a
 * label, type=date), else the one part it asks for ("2019" in a "Start Year" box, never "06/2019").
 */
export function dateFormatOf(field: FieldDescription): string | undefined {
  if (field.inputType === 'date') return 'YYYY-MM-DD';
  if (field.inputType === 'month') return 'YYYY-MM';
  for (const text of [field.placeholder, field.description, ...field.labels]) {
    const hint = FORMAT_IN_TEXT.exec(text ?? '')?.[0];
    // Spaces around separators are for the eye; input masks expect the digits and separators only.
    if (hint) return hint.toUpperCase().replace(/\s+/g, '');
  }
  const part = datePartAsked(field);
  return part ? PART_FORMATS[part] : undefined;
}

/** Undefined when the format needs a part the date lacks: a made-up day is a wrong day. */
export function formatDate(date: DateValue, format: string): string | undefined {
  let complete = true;
  const part = (value: number | undefined) => {
    if (value === undefined) complete = false;
    return String(value ?? 0).padStart(2, '0');
  };
  const text = format.replace(/YYYY|YY|MM|DD/g, (token) => {
    if (token === 'YYYY') return String(date.year);
    if (token === 'YY') return String(date.year).slice(-2);
    return part(token === 'MM' ? date.month : date.day);
  });
  return complete ? text : undefined;
}

/** The parts a split date field has, or undefined when it needs one the date lacks. */
export function dateParts(date: DateValue, field: FieldDescription): DateValue | undefined {
  const parts = field.dateParts ?? ['year', 'month', 'day'];
  if (parts.includes('month') && date.month === undefined) return undefined;
  if (parts.includes('day') && date.day === undefined) return undefined;
  return {
    year: date.year,
    ...(parts.includes('month') ? { month: date.month } : {}),
    ...(parts.includes('day') ? { day: date.day } : {}),
  };
}

const WANTS_COUNTRY_CODE = /\b(country code|international|incl\w* (the )?country|with (the )?country)\b/;

/** The national number, or "+1 212 555 0100" when the field asks for the country code too. */
export function formatPhone(personal: Personal, field: FieldDescription): string | undefined {
  if (personal.phone === '') return undefined;
  const hints = [...field.labels, field.description ?? ''].map(normalizeText);
  const wantsCountryCode =
    (field.placeholder ?? '').trim().startsWith('+') ||
    (field.inputType === 'tel' && hints.some((hint) => WANTS_COUNTRY_CODE.test(hint)));
  if (!wantsCountryCode || personal.phoneCountryCode === '' || personal.phone.startsWith('+')) return personal.phone;
  return `${personal.phoneCountryCode} ${personal.phone}`;
}

type Salary = NonNullable<Application['salaryExpectation']>;

/** Currencies named by code or sign in a question; "$" and "dollars" name any dollar. */
const CURRENCY_SIGNS: readonly (readonly [pattern: RegExp, codes: readonly string[]])[] = [
  [/\$|\bdollars?\b/i, ['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD']],
  [/€|\beuros?\b/i, ['EUR']],
  [/£|\bpounds?( sterling)?\b/i, ['GBP']],
  [/₹|\brupees?\b/i, ['INR']],
  [/¥|\byen\b/i, ['JPY']],
];
const CURRENCY_CODE = /\b(USD|EUR|GBP|CAD|AUD|NZD|CHF|SEK|NOK|DKK|PLN|INR|JPY|SGD|HKD|CNY|BRL|MXN|ILS|ZAR)\b/;

/** "(USD)", "in $", "€" -> the currencies the question accepts; undefined when it names none. */
function statedCurrencies(text: string): readonly string[] | undefined {
  const code = CURRENCY_CODE.exec(text)?.[1];
  if (code) return [code];
  return CURRENCY_SIGNS.find(([pattern]) => pattern.test(text))?.[1];
}

const PERIOD_WORDS: readonly (readonly [pattern: RegExp, period: Salary['period']])[] = [
  [/\b(annual|annually|yearly|per (year|annum)|a year|p\.?a)\b|\/ ?(yr|year)\b/i, 'year'],
  [/\b(monthly|per month|a month)\b|\/ ?(mo|month)\b/i, 'month'],
  [/\b(hourly|per hour|an hour)\b|\/ ?(hr|hour)\b/i, 'hour'],
];

function statedPeriod(text: string): Salary['period'] | undefined {
  return PERIOD_WORDS.find(([pattern]) => pattern.test(text))?.[1];
}

/**
 * The amount, with the currency and the period the question does not state already: "What are
 * your annual base salary expectations (USD)?" gets the number alone, "Salary expectations?" gets
 * "200000 USD per year". A number field gets the amount alone. A question in another currency or
 * for another period is not answered: the profile's figure would mean something else there.
 */
export function formatSalary(salary: Salary, field: FieldDescription): string | undefined {
  const question = [...field.labels, field.description ?? '', field.placeholder ?? ''].join(' ');
  const currencies = statedCurrencies(question);
  const period = statedPeriod(question);
  if ((currencies && !currencies.includes(salary.currency)) || (period && period !== salary.period)) return undefined;
  const amount = String(salary.amount);
  if (field.inputType === 'number') return amount;
  return [amount, currencies ? '' : salary.currency, period ? '' : `per ${salary.period}`].filter(Boolean).join(' ');
}
