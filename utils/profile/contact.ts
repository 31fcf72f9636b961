import type { Personal } from './schema';

type NameParts = Pick<Personal, 'firstName' | 'middleName' | 'lastName'>;

/** The name as a "Full name" field wants it, with runs of spaces collapsed. */
export function fullName(name: NameParts): string {
  return [name.firstName, name.middleName, name.lastName].join(' ').split(/\s+/).filter(Boolean).join(' ');
}

/**
 * A best guess when only a full name is known: the first word, the last word, and whatever
 * lies between as middle names. Callers keep the user's own parts whenever they have them.
 */
export function splitFullName(name: string): NameParts {
  const [firstName = '', ...rest] = name.split(/\s+/).filter(Boolean);
  const lastName = rest.pop() ?? '';
  return { firstName, middleName: rest.join(' '), lastName };
}

/**
 * Splits "+44 20 7946 0958" into "+44" and "20 7946 0958". Without a separator after the code
 * ("+442079460958") the split is ambiguous, so the number is kept whole with no code.
 */
export function splitPhone(phone: string): Pick<Personal, 'phone' | 'phoneCountryCode'> {
  const match = /^\s*(\+\d{1,4})[\s.-]+(\S.*)$/.exec(phone);
  return match ? { phoneCountryCode: match[1] ?? '', phone: match[2] ?? '' } : { phoneCountryCode: '', phone };
}
