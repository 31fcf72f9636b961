import { describe, expect, it } from 'vitest';
import { fullProfile } from '@/utils/profile/testFixtures';
import type { Profile } from '@/utils/profile/schema';
import { emptyWorkEntry, getIn } from './draft';
import { applyEdit, finishSave, planSave, rebase, startSession, type EditSession, type SavePlan } from './editSession';

/**
 * Pages sharing one stored profile, each doing what useProfileDraft does: edit, save (planned
 * against the stored profile inside the write, as store.updateProfile runs it), and take in the
 * change notices, which a test may deliver late or never, as a busy browser might.
 */
function sharedProfile(initial: Profile = fullProfile()) {
  let stored = initial;

  function write(session: EditSession): SavePlan {
    const plan = planSave(session, stored);
    if (plan.profile) stored = plan.profile;
    return plan;
  }

  function page() {
    let session = startSession(stored);
    return {
      get session() {
        return session;
      },
      value: (path: string) => getIn(session.draft, path),
      edit(path: string, value: unknown) {
        session = applyEdit(session, path, value);
      },
      save() {
        const snapshot = session;
        session = finishSave(session, snapshot, write(snapshot));
      },
      /** A save during which the user goes on typing. */
      saveWhile(typing: () => void) {
        const snapshot = session;
        const plan = write(snapshot);
        typing();
        session = finishSave(session, snapshot, plan);
      },
      notice() {
        session = rebase(session, stored);
      },
    };
  }

  return { page, stored: (path: string) => getIn(startSession(stored).draft, path) };
}

describe('two pages editing one profile', () => {
  it.each([
    ['each saves before the other hears of it', false],
    ['each hears of the other before saving', true],
  ])('keeps both changes to different fields when %s', (_, noticed) => {
    const shared = sharedProfile();
    const popup = shared.page();
    const options = shared.page();
    popup.edit('personal.address.city', 'Boston');
    options.edit('personal.phone', '555 010 9999');
    popup.save();
    if (noticed) options.notice();
    options.save();
    popup.notice();
    expect(shared.stored('personal.address.city')).toBe('Boston');
    expect(shared.stored('personal.phone')).toBe('555 010 9999');
    for (const page of [popup, options]) {
      expect(page.value('personal.address.city')).toBe('Boston');
      expect(page.value('personal.phone')).toBe('555 010 9999');
      expect(page.session.conflicts).toEqual([]);
    }
  });

  it('shows the newer value of a field in the page that did not edit it since', () => {
    const shared = sharedProfile();
    const a = shared.page();
    const b = shared.page();
    a.edit('personal.firstName', 'Ada');
    a.save();
    b.notice();
    expect(b.value('personal.firstName')).toBe('Ada');
    b.edit('personal.firstName', 'Bea');
    b.save();
    a.notice();
    expect(a.value('personal.firstName')).toBe('Bea');
    expect(shared.stored('personal.firstName')).toBe('Bea');
    expect([...a.session.conflicts, ...b.session.conflicts]).toEqual([]);
  });

  it('shows a conflict, not a silent change, in a page that has an unsaved edit of the same field', () => {
    const shared = sharedProfile();
    const a = shared.page();
    const b = shared.page();
    a.edit('personal.firstName', 'Ada');
    b.edit('personal.firstName', 'Bea');
    a.save();
    b.notice();
    expect(b.value('personal.firstName')).toBe('Bea');
    expect(b.session.conflicts).toEqual([{ path: 'personal.firstName', theirs: 'Ada' }]);
    // B's edit is the newer one: saved, it reaches A, which has nothing unsaved there.
    b.save();
    a.notice();
    expect(shared.stored('personal.firstName')).toBe('Bea');
    expect(a.value('personal.firstName')).toBe('Bea');
    expect(a.session.conflicts).toEqual([]);
  });

  it('reports the conflict to the later page when two saves cross before either hears of the other', () => {
    const shared = sharedProfile();
    const a = shared.page();
    const b = shared.page();
    a.edit('personal.firstName', 'Ada');
    b.edit('personal.firstName', 'Bea');
    a.save();
    b.save();
    expect(shared.stored('personal.firstName')).toBe('Bea');
    expect(b.session.conflicts).toEqual([{ path: 'personal.firstName', theirs: 'Ada' }]);
  });

  it('clears a conflict when the field is edited again', () => {
    const shared = sharedProfile();
    const a = shared.page();
    const b = shared.page();
    b.edit('personal.firstName', 'Bea');
    a.edit('personal.firstName', 'Ada');
    a.save();
    b.notice();
    b.edit('personal.firstName', 'Ada');
    expect(b.session.conflicts).toEqual([]);
  });

  it.each([
    ['hears of the change', true],
    ['never hears of it', false],
  ])('does not let a page with an invalid field revert what another page saved, when it %s', (_, noticed) => {
    const shared = sharedProfile();
    const a = shared.page();
    const b = shared.page();
    a.edit('personal.email', 'jordan at example');
    a.edit('work.0.startDate', 'June 2019');
    a.save();
    b.edit('personal.phone', '555 010 9999');
    b.save();
    if (noticed) a.notice();
    a.edit('personal.address.city', 'Boston');
    a.save();
    expect(shared.stored('personal.phone')).toBe('555 010 9999');
    expect(shared.stored('personal.address.city')).toBe('Boston');
    expect(shared.stored('personal.email')).toBe('jordan.rivera@example.com');
    expect(shared.stored('work.0.startDate')).toBe('2022-03');
    // A still shows what was typed, and still has it to save once corrected.
    expect(a.value('personal.email')).toBe('jordan at example');
    expect(a.value('personal.phone')).toBe('555 010 9999');
    expect(a.session.edits).toEqual(['personal.email', 'work.0.startDate']);
  });

  it('takes in what another page saved while this one has unsaved edits elsewhere', () => {
    const shared = sharedProfile();
    const a = shared.page();
    const b = shared.page();
    a.edit('personal.address.city', 'Boston');
    b.edit('personal.phone', '555 010 9999');
    b.edit('links.other', []);
    b.save();
    a.notice();
    expect(a.value('personal.address.city')).toBe('Boston');
    expect(a.value('personal.phone')).toBe('555 010 9999');
    expect(a.value('links.other')).toEqual([]);
    expect(a.session.edits).toEqual(['personal.address.city']);
    expect(a.session.conflicts).toEqual([]);
  });

  it('keeps a saved field as typed, and takes the next change to it from another page', () => {
    const shared = sharedProfile();
    const a = shared.page();
    const b = shared.page();
    a.edit('personal.firstName', 'Ada ');
    a.save();
    expect(shared.stored('personal.firstName')).toBe('Ada');
    expect(a.value('personal.firstName')).toBe('Ada ');
    expect(a.session.edits).toEqual([]);
    b.notice();
    b.edit('personal.firstName', 'Bea');
    b.save();
    a.notice();
    expect(a.value('personal.firstName')).toBe('Bea');
    expect(a.session.conflicts).toEqual([]);
  });

  it('keeps what is typed during a write, to be saved next', () => {
    const shared = sharedProfile();
    const a = shared.page();
    a.edit('personal.firstName', 'Ad');
    a.saveWhile(() => {
      a.edit('personal.firstName', 'Ada');
      a.edit('personal.phone', '555');
    });
    expect(shared.stored('personal.firstName')).toBe('Ad');
    expect(a.value('personal.firstName')).toBe('Ada');
    expect(a.session.edits).toEqual(['personal.firstName', 'personal.phone']);
    a.save();
    expect(shared.stored('personal.firstName')).toBe('Ada');
    expect(shared.stored('personal.phone')).toBe('555');
    expect(a.session.edits).toEqual([]);
  });

  it('keeps an edit held back by an invalid field of the same group until it can be saved', () => {
    const shared = sharedProfile();
    const a = shared.page();
    const b = shared.page();
    a.edit('application.salaryCurrency', 'EUR');
    a.edit('application.salaryAmount', 'a lot');
    a.save();
    expect(shared.stored('application.salaryCurrency')).toBe('USD');
    expect(a.session.edits).toContain('application.salaryCurrency');
    b.edit('application.salaryCurrency', 'GBP');
    b.save();
    a.notice();
    expect(a.value('application.salaryCurrency')).toBe('EUR');
    expect(a.session.conflicts).toEqual([{ path: 'application.salaryCurrency', theirs: 'GBP' }]);
  });

  it('merges edits to different entries of a list, and disputes a list changed as a whole', () => {
    const shared = sharedProfile();
    const a = shared.page();
    const b = shared.page();
    a.edit('work.0.title', 'Principal Engineer');
    b.edit('work.1.title', 'Lead Engineer');
    a.save();
    b.save();
    expect(shared.stored('work.0.title')).toBe('Principal Engineer');
    expect(shared.stored('work.1.title')).toBe('Lead Engineer');

    a.notice();
    a.edit('work', [...(a.value('work') as []), emptyWorkEntry()]);
    b.notice();
    b.edit('work.0.company', 'Acme Corp');
    b.save();
    a.save();
    expect(a.session.conflicts).toEqual([{ path: 'work', theirs: expect.arrayContaining([expect.objectContaining({ company: 'Acme Corp' })]) }]);
    expect(shared.stored('work')).toHaveLength(3);
    expect(shared.stored('work.0.company')).toBe('Acme');
  });
});
