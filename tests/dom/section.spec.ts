import { expect, test, type Page } from '@playwright/test';
import { loadSnippet, type DomGlobals } from './bundle';

/**
 * Which work or education entry a field belongs to, read from the headings a person sees above
 * it, when a pass remembers the headings it walked past: fields that are all siblings (as on
 * long generated boards) must each get the heading right above them, not one remembered for an
 * earlier sibling.
 */
const field = (id: string, label: string) => `<label for="${id}">${label}</label><input id="${id}">`;

const FLAT = `<form>
  ${field('email', 'Email')}
  <h3>Work Experience 1</h3>
  ${field('company-a', 'Company')}${field('title-a', 'Title')}
  ${field('summary-a', 'Summary')}
  <h3>Work Experience 2</h3>
  ${field('company-b', 'Company')}${field('title-b', 'Title')}
  <h3>Other information</h3>
  ${field('notes', 'Notes')}
</form>`;

const NESTED = `<form>
  <div class="employment"><h3>Employment</h3>
    <div class="entry"><div>${field('company-0', 'Company')}</div><div>${field('title-0', 'Title')}</div></div>
  </div>
  <div class="employment"><h3>Employment</h3>
    <div class="entry"><div>${field('company-1', 'Company')}</div><div>${field('title-1', 'Title')}</div></div>
  </div>
  <div><h3>Education 1</h3><div>${field('school', 'School')}</div></div>
</form>`;

async function sections(page: Page, markup: string) {
  await loadSnippet(page, markup);
  return page.evaluate(() => {
    const { fields } = (window as unknown as DomGlobals).ApplyfillDom.collectFields(document);
    return Object.fromEntries(fields.map((f) => [f.htmlId, [f.section ?? null, f.entryIndex ?? null]]));
  });
}

test('siblings of one container: each field under the entry heading right above it', async ({ page }) => {
  expect(await sections(page, FLAT)).toEqual({
    email: [null, null],
    'company-a': ['Work Experience 1', 0],
    'title-a': ['Work Experience 1', 0],
    'summary-a': ['Work Experience 1', 0],
    'company-b': ['Work Experience 2', 1],
    'title-b': ['Work Experience 2', 1],
    // A heading as important as the entry's ends it.
    notes: [null, null],
  });
});

test('entries without numbers: their position among sibling sections of the same kind', async ({ page }) => {
  expect(await sections(page, NESTED)).toEqual({
    'company-0': ['Employment', 0],
    'title-0': ['Employment', 0],
    'company-1': ['Employment', 1],
    'title-1': ['Employment', 1],
    school: ['Education 1', 0],
  });
});
