import { expect, test } from '@playwright/test';
import { loadSnippet, type DomGlobals } from './bundle';

/**
 * A fill's later pass passes over the controls an earlier pass handled without reading them
 * again: what it reports must be what a full read reports once the handled ones are dropped,
 * including a split date whose first part was handled alone before its other part appeared.
 */
const FORM = `<form>
  <label for="name">Name</label><input id="name">
  <label for="cv">Resume</label><input id="cv" type="file">
  <label for="about">About you</label><textarea id="about"></textarea>
  <label for="country">Country</label><select id="country"><option value="">Select...</option><option>Canada</option></select>
  <fieldset><legend>Remote?</legend><label><input type="radio" name="remote" value="yes"> Yes</label><label><input type="radio" name="remote" value="no"> No</label></fieldset>
  <div class="start"><label for="start-year">Start year</label><input id="start-year" placeholder="YYYY"></div>
  <div id="later" hidden>
    <label for="city">City</label><input id="city">
    <label for="level">Level</label><select id="level"><option value="">Select...</option><option>Senior</option></select>
    <fieldset><legend>Relocate?</legend><label><input type="radio" name="relocate" value="yes"> Yes</label><label><input type="radio" name="relocate" value="no"> No</label></fieldset>
  </div>
</form>`;

test('a later pass reports what a full read reports, less what earlier passes handled', async ({ page }) => {
  await loadSnippet(page, FORM);
  const { expected, got, first } = await page.evaluate(() => {
    const { collectFields } = (window as unknown as DomGlobals).ApplyfillDom;
    const earlier = collectFields(document, 'p0.');
    const handled = new WeakSet(earlier.fields.map((field) => earlier.handles.get(field.ref)!.element));
    // What the answers revealed: more questions, and the month beside the year handled alone.
    document.getElementById('later')!.hidden = false;
    document.querySelector('.start')!.insertAdjacentHTML('beforeend', '<label for="start-month">Start month</label><input id="start-month" placeholder="MM">');
    const unhandled = (collected: ReturnType<typeof collectFields>) =>
      collected.fields.filter((field) => !handled.has(collected.handles.get(field.ref)!.element)).map(({ ref: _ref, ...field }) => field);
    return {
      first: earlier.fields.map((field) => field.htmlId ?? field.control),
      expected: unhandled(collectFields(document, 'full.')),
      got: unhandled(collectFields(document, 'p1.', handled)),
    };
  });
  expect(first).toEqual(['name', 'cv', 'about', 'country', 'start-year', 'radio-group']);
  expect(got).toEqual(expected);
  expect(got.map((field) => [field.control, field.htmlId ?? field.labels[0]])).toEqual([
    ['date-split', 'start-month'],
    ['text', 'city'],
    ['select', 'level'],
    ['radio-group', 'Relocate?'],
  ]);
});
