import { describe, expect, it } from 'vitest';
import { decide, decideEntry, summarizeUndo, type Held, type UndoReport } from './undo';

const text = (value: string): Held => ({ kind: 'text', value });
const shown = (...values: string[]): Held => ({ kind: 'shown', values, multiple: false });
const report = (over: Partial<UndoReport>): UndoReport => ({
  restored: 0, kept: [], notUndone: [], removedEntries: 0, keptEntries: [], emptiedEntries: [], entriesRemovable: false, ...over,
});

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
    expect(summarizeUndo(report({ restored: 12 }))).toBe('Undid 12 fields');
    expect(summarizeUndo(report({ restored: 1, kept: ['First Name'], notUndone: ['Resume/CV', 'Gender'] }))).toBe(
      'Undid 1 field · kept 1 you changed · could not undo: Resume/CV, Gender',
    );
    expect(summarizeUndo(report({ notUndone: ['A', 'B', 'C', 'D', 'E'] }))).toBe('Undid 0 fields · could not undo: A, B, C and 2 more');
  });
});

describe('what undo does with an entry the fill added', () => {
  it.each([
    ['untouched since, and the page can take it away: removed', false, true, 'remove'],
    ['untouched since, and the page cannot: emptied', false, false, 'empty'],
    ['the user typed in it since: left whole, removable or not', true, true, 'keep'],
    ['the user typed in it, no remove control', true, false, 'keep'],
  ] as const)('%s', (_, changedByUser, removable, decision) => {
    expect(decideEntry(changedByUser, removable)).toBe(decision);
  });

  it('says which entries it took away, kept and left', () => {
    expect(summarizeUndo(report({ restored: 23, removedEntries: 3, kept: ['LinkedIn'], entriesRemovable: true }))).toBe(
      'Undid 23 fields · removed 3 entries it added · kept 1 you changed',
    );
    expect(summarizeUndo(report({ restored: 9, removedEntries: 1, keptEntries: ['Work Experience 2'], entriesRemovable: true }))).toBe(
      'Undid 9 fields · removed 1 entry it added · kept 1 entry it added that you typed in',
    );
    expect(summarizeUndo(report({ restored: 30, kept: ['First Name'], emptiedEntries: ['Education 2', 'Employment 2'] }))).toBe(
      'Undid 30 fields · kept 1 you changed · 2 entries the fill added stay, empty: the form has no way to remove them',
    );
    expect(summarizeUndo(report({ restored: 4, emptiedEntries: ['Websites 2'], entriesRemovable: true }))).toBe(
      'Undid 4 fields · 1 entry the fill added stays, empty: the form did not remove it',
    );
  });
});
