import type { z } from 'zod';

/** One problem, phrased for the person whose file or form it is: where it is and what is wrong. */
export interface FieldError {
  /** Dotted path into the file or profile, e.g. "application.eeo.veteran"; '' for the whole file. */
  path: string;
  message: string;
}

/** Thrown when data would make an invalid profile; nothing has been written when it is. */
export class ProfileValidationError extends Error {
  constructor(readonly errors: FieldError[]) {
    super(errors.map(describeFieldError).join('\n'));
    this.name = 'ProfileValidationError';
  }
}

export function describeFieldError({ path, message }: FieldError): string {
  return path ? `${path}: ${message}` : message;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return EXPECTED[typeof value] ?? typeof value;
}

/**
 * Zod's own messages are written for developers ('Invalid option: expected one of "a"|"b"').
 * Pass this as the `error` option of safeParse; messages written into a schema still win.
 */
export const userMessages: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `expected ${EXPECTED[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${JSON.stringify(issue.values[0])}`
        : `expected one of ${issue.values.map(String).join(', ')}`;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
      if (issue.origin === 'array') return `must have at most ${issue.maximum} entries`;
      return `must be at most ${issue.maximum}`;
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) === 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters`;
      }
      if (issue.origin === 'array') return `must have at least ${issue.minimum} entries`;
      return `must be at least ${issue.minimum}`;
    case 'invalid_format':
      return 'is not in the expected format';
    case 'invalid_union': {
      // Our unions are "'' or a real value": the useful message is the real value's, not "expected ''".
      const nested = issue.errors.flat();
      return (nested.find((inner) => inner.code !== 'invalid_value') ?? nested[0])?.message;
    }
    case 'invalid_key':
      return issue.issues[0]?.message;
    default:
      return undefined;
  }
};
