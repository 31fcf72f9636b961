import { describe, expect, it } from 'vitest';
import { decide, summarizeUndo, type Held } from './undo';

const text = (value: string): Held => ({ kind: 'text', value });
const shown = (...values: string[]): Held => ({ kind: 'shown', values, multiple: false });

describe('what undo does with a field', () => {
  it.each([
    ['the fill changed it and nobody since: put back', text(''), text('Jordan'), text('Jordan'), 'restore'],
    ['the user changed it after the fill: left as they made it', text(''), text('Jordan'), text('Jordy'), 'kept'],
    ['the user already emptied it: nothing to do', text(''), text('Jordan'), text(''), 'unchanged'],
    ['a widget the fill chose in, as it shows it', shown(), shown('Decline To Self Identify'), shown('Decline To Self Identify'), 'restore'],
    ['a widget the user chose in since', shown(), shown('Decline To Self Identify'), shown('Female'), 'kept'],
    ['what the fill left could not be read: not touched', text(''), undefined, text('Jordan'), 'unknown'],
    ['gone from the page (removed, hidden, disabled)', text(''), text('Jordan'), undefined, 'gone'],
  ] as const)('%s', (_, before, after, now, decision) => {
    expect(decide(before, after, now)).toBe(decision);
  });

  it('says what it did, and what it left', () => {
    expect(summarizeUndo({ restored: 12, kept: [], notUndone: [] })).toBe('Undid 12 fields');
    expect(summarizeUndo({ restored: 1, kept: ['First Name'], notUndone: ['Resume/CV', 'Gender'] })).toBe(
      'Undid 1 field · kept 1 you changed · could not undo: Resume/CV, Gender',
    );
    expect(summarizeUndo({ restored: 0, kept: [], notUndone: ['A', 'B', 'C', 'D', 'E'] })).toBe('Undid 0 fields · could not undo: A, B, C and 2 more');
  });
});
