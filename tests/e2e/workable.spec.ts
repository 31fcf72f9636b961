import type { Page } from '@playwright/test';
import { expect, fillWithButton, pressAutofill, summaryText, test } from './fixtures';
import { RESUME_FILE, testProfileFile } from './support/profile';

/**
 * An apply.workable.com application as public captures show it: data-ui hooks, YES/NO questions
 * over hidden radios, dropdowns that commit on an option's click, the Photo input beside the
 * resume input, and a Details section of questions that renders after the rest.
 */
const ACME = 'https://apply.workable.com/acme-analytics/j/9C43981D17/apply/';

const RESUME = { name: RESUME_FILE.name, size: RESUME_FILE.size, type: RESUME_FILE.type };
const WHY_HERE = 'I want to build reliable infrastructure that millions of people depend on.';

/** The profile's jobs and schools as the page saves them: its list shows them newest first, which is the profile's order. */
const META = { title: 'Senior Software Engineer', company: 'Meta', industry: '', summary: 'Feed delivery infrastructure for Reels.', start_date: '06/2019', end_date: '', current: true };
const JET = { title: 'Software Engineer', company: 'Jet.com', industry: '', summary: 'Core services in Java and Go.', start_date: '01/2018', end_date: '05/2019', current: false };
const COLUMBIA = { school: 'Columbia University', field_of_study: 'Computer Science', degree: "Master's Degree", start_date: '09/2015', end_date: '05/2018' };
const YALE = { school: 'Yale University', field_of_study: 'Economics', degree: "Bachelor's Degree", start_date: '09/2010', end_date: '05/2014' };
/** Every job and school added, and no editor left open. */
const ENTRIES = { experience: [META, JET], experienceEditor: null, education: [COLUMBIA, YALE], educationEditor: null };

/** What the fixture page keeps (tests/pages/lib/workable-application.js). */
type FixtureWindow = { __state: Record<string, unknown>; __submitted: boolean; __photoRefused: boolean; __opened: string[] };

function pageState(page: Page) {
  return page.evaluate(() => ({ ...(window as unknown as FixtureWindow).__state }));
}

function pageFlags(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as FixtureWindow;
    return { submitted: w.__submitted, photoRefused: w.__photoRefused, opened: w.__opened };
  });
}

/**
 * Opens the application and waits, as a person does, for its questions to arrive; returns what
 * it holds before any fill, every control recorded, so that `{ ...before, ...filled }` fails on
 * any field filled that a test did not name.
 */
async function open(page: Page) {
  await page.goto(ACME);
  await expect(page.getByRole('heading', { name: 'Details' })).toBeVisible();
  return pageState(page);
}

/** The question keys or names of the controls the fill outlined for the user. */
function outlined(page: Page) {
  return page.evaluate(() =>
    [
      ...new Set(
        Array.from(document.querySelectorAll('[data-applyfill-needs-you]'), (el) => {
          const box = el.closest('[data-ui^="QA_"], [data-ui^="CA_"]');
          return box?.getAttribute('data-ui') ?? el.getAttribute('name') ?? el.getAttribute('data-ui') ?? el.id;
        }),
      ),
    ].sort(),
  );
}

test.describe('Workable', () => {
  test('fills the form and its late questions: YES/NO, dropdowns, the resume in the resume input and nothing in the photo', async ({ page, importProfile }) => {
    await importProfile(testProfileFile());
    const before = await open(page);
    const summary = await fillWithButton(page);

    expect(await pageState(page)).toEqual({
      ...before,
      firstname: 'Jordan',
      lastname: 'Rivera',
      email: 'jordan.rivera@example.com',
      headline: 'Senior Software Engineer',
      phone: '(555) 014-2367',
      // The page's own guess, which the profile's +1 and United States confirm.
      phoneCountry: 'us',
      address: 'New York, NY, United States',
      // Google's place fields behind the address are one-pixel boxes the page fills itself.
      city: '',
      postcode: '',
      country: '',
      avatar: null,
      resume: RESUME,
      // The profile's summary: Workable's optional Summary box asks for it.
      summary: 'Backend engineer focused on reliable video infrastructure.',
      cover_letter: '',
      CA_6938: 'LinkedIn',
      QA_7493844: 'true',
      QA_7493845: 'false',
      // Kubernetes in production: the profile does not say.
      QA_7493846: '',
      CA_46117: '471764',
      QA_1223184: '5938004',
      // Which office: the profile does not say.
      QA_1223185: '',
      QA_626779: WHY_HERE,
      QA_626780: '200000 USD per year',
      // One editor at a time per section: opened with "+ Add", filled, saved with its own Update.
      ...ENTRIES,
    });
    await expect(page.locator('[data-ui="experience"] [data-ui="group"] dd[data-ui="title"]')).toHaveText(['Senior Software Engineer', 'Software Engineer']);
    await expect(page.locator('[data-ui="editor"]')).toHaveCount(0);
    await expect(page.locator('button[data-ui="add-section"]:disabled')).toHaveCount(0);
    await expect(page.locator('#input_QA_1223184_input')).toHaveValue('LinkedIn');
    await expect(page.locator('[role="listbox"][id$="_listbox"]')).toHaveCount(0);
    await expect(page.locator('[data-ui="QA_7493844"] [role="radio"][aria-checked="true"]')).toHaveText('YES');
    await expect(page.locator('[data-ui="resume"]').locator('xpath=..').locator('[data-id="filename"]')).toHaveText(RESUME_FILE.name);
    // The two questions the profile does not answer, and the optional boxes only the applicant can fill.
    expect(await outlined(page)).toEqual(['QA_1223185', 'QA_7493846', 'avatar', 'cover_letter']);
    // 16 fields of the form, and 21 of the entries: Meta 5 (no end date: it is current), Jet 6, each school 5.
    expect(summary).toBe('Filled 37 fields · 4 need you');
    expect(await pageFlags(page)).toEqual({ submitted: false, photoRefused: false, opened: [] });
  });

  test('leaves the questions the profile does not answer as they were, outlined, with no dropdown left open', async ({ page, importProfile }) => {
    await importProfile(testProfileFile({ application: { workAuthorization: {}, referralSource: '', willingToRelocate: undefined } }));
    const before = await open(page);
    const summary = await fillWithButton(page);

    const state = await pageState(page);
    const questions = (all: Record<string, unknown>) => Object.fromEntries(Object.entries(all).filter(([name]) => /^(QA|CA)_/.test(name)));
    expect(questions(state)).toEqual({
      ...questions(before),
      QA_7493845: 'false',
      QA_626779: WHY_HERE,
      QA_626780: '200000 USD per year',
    });
    expect(state.resume).toEqual(RESUME);
    await expect(page.locator('#input_QA_1223184_input')).toHaveValue('');
    await expect(page.locator('[role="listbox"][id$="_listbox"]')).toHaveCount(0);
    await expect(page.locator('[data-ui="QA_1223184"]')).toHaveAttribute('data-open', 'false');
    expect(await outlined(page)).toEqual(['CA_46117', 'CA_6938', 'QA_1223184', 'QA_1223185', 'QA_7493844', 'QA_7493846', 'avatar', 'cover_letter']);
    expect(state).toMatchObject(ENTRIES);
    expect(summary).toBe('Filled 33 fields · 8 need you');
    expect(await pageFlags(page)).toEqual({ submitted: false, photoRefused: false, opened: [] });
  });

  test('keeps what the applicant chose and typed before the fill', async ({ page, importProfile }) => {
    await importProfile(testProfileFile());
    await open(page);
    await page.locator('#input_QA_1223184_input').click();
    await page.getByRole('option', { name: 'Employee referral' }).click();
    await page.locator('#headline').fill('Staff engineer, video infrastructure');
    await page.locator('[data-ui="QA_7493845"]').getByText('YES').click();
    await fillWithButton(page);

    const state = await pageState(page);
    expect({ referral: state.QA_1223184, headline: state.headline, sponsorship: state.QA_7493845, firstname: state.firstname }).toEqual({
      referral: '5938002',
      headline: 'Staff engineer, video infrastructure',
      sponsorship: 'true',
      firstname: 'Jordan',
    });
    await expect(page.locator('#input_QA_1223184_input')).toHaveValue('Employee referral');
  });

  test('fills questions that arrive after a fill when the applicant presses Autofill again, leaving the rest as the first fill left it', async ({ page, importProfile }) => {
    await importProfile(testProfileFile());
    await page.addInitScript(() => ((window as unknown as { __holdQuestions: boolean }).__holdQuestions = true));
    await page.goto(ACME);
    const first = await fillWithButton(page);
    const afterFirst = await pageState(page);
    expect(afterFirst).toMatchObject({ firstname: 'Jordan', address: 'New York, NY, United States', resume: RESUME });
    expect(Object.keys(afterFirst).filter((name) => /^(QA|CA)_/.test(name))).toEqual([]);
    expect(afterFirst).toMatchObject(ENTRIES);
    expect(first).toBe('Filled 30 fields · 2 need you');

    await page.evaluate(() => (window as unknown as { __releaseQuestions(): void }).__releaseQuestions());
    await expect(page.getByRole('heading', { name: 'Details' })).toBeVisible();
    const arrived = await pageState(page);
    await pressAutofill(page);
    await expect.poll(() => summaryText(page), { message: 'the second fill’s summary' }).toBe('Filled 7 fields · 4 need you');

    // The jobs and schools the first fill saved are on the page already: none is added twice.
    expect(await pageState(page)).toEqual({
      ...arrived,
      CA_6938: 'LinkedIn',
      QA_7493844: 'true',
      QA_7493845: 'false',
      CA_46117: '471764',
      QA_1223184: '5938004',
      QA_626779: WHY_HERE,
      QA_626780: '200000 USD per year',
    });
    expect(await pageFlags(page)).toEqual({ submitted: false, photoRefused: false, opened: [] });
  });

  test('sets the phone’s country to the profile’s dialling code, where the page guessed another', async ({ page, importProfile }) => {
    const file = testProfileFile({ application: { phoneCountryCode: '+44' } });
    file.resume.basics.phone = '20 7946 0958';
    file.resume.basics.location = { ...file.resume.basics.location, city: 'London', region: 'England', countryCode: 'GB' };
    await importProfile(file);
    const before = await open(page);
    expect(before.phoneCountry).toBe('us');
    await fillWithButton(page);

    const state = await pageState(page);
    expect({ phone: state.phone, phoneCountry: state.phoneCountry, address: state.address }).toEqual({
      phone: '20 7946 0958',
      phoneCountry: 'gb',
      address: 'London, England, United Kingdom',
    });
    await expect(page.locator('.iti__selected-flag')).toHaveAttribute('title', 'United Kingdom');
    await expect(page.locator('.iti__selected-dial-code')).toHaveText('+44');
    await expect(page.locator('#iti-0__country-listbox')).toBeHidden();
  });
  test('adds only the jobs the applicant has not saved, never touches their entries, and leaves a section whose editor they opened', async ({ page, importProfile }) => {
    await importProfile(testProfileFile());
    await open(page);
    // The applicant saves Jet.com themselves, then starts a school and leaves its editor open.
    const experience = page.locator('[data-ui="experience"]');
    await experience.getByRole('button', { name: 'Add Experience' }).click();
    await experience.locator('input[name="title"]').fill('Software Engineer');
    await experience.locator('input[name="company"]').fill('Jet.com');
    await experience.getByRole('button', { name: 'Update' }).click();
    await expect(experience.locator('[data-ui="group"]')).toHaveCount(1);
    const education = page.locator('[data-ui="education"]');
    await education.getByRole('button', { name: 'Add Education' }).click();
    await education.locator('input[name="school"]').fill('MIT');
    const summary = await fillWithButton(page);

    const state = await pageState(page);
    expect({ experience: state.experience, experienceEditor: state.experienceEditor, education: state.education, educationEditor: state.educationEditor }).toEqual({
      // Meta added above the applicant's Jet.com, which stays as they saved it.
      experience: [META, { ...JET, summary: '', start_date: '', end_date: '' }],
      experienceEditor: null,
      education: [],
      educationEditor: { school: 'MIT', field_of_study: '', degree: '', start_date: '', end_date: '' },
    });
    await expect(education.locator('input[name="field_of_study"]')).toHaveValue('');
    expect(await pageFlags(page)).toEqual({ submitted: false, photoRefused: false, opened: [] });
    // The editor the applicant opened is theirs to finish: its empty boxes are outlined.
    expect(await outlined(page)).toEqual(['QA_1223185', 'QA_7493846', 'avatar', 'cover_letter', 'degree', 'end_date', 'field_of_study', 'start_date']);
    expect(summary).toBe('Filled 21 fields · 8 need you');
  });

  test('leaves the editor of a job the profile cannot complete open for the applicant, its title outlined, after saving the others', async ({ page, importProfile }) => {
    const file = testProfileFile();
    file.resume.work[1]!.position = '';
    await importProfile(file);
    await open(page);
    const summary = await fillWithButton(page);

    const state = await pageState(page);
    expect({ experience: state.experience, experienceEditor: state.experienceEditor, education: state.education }).toEqual({
      experience: [META],
      // Jet.com without its title: filled as far as the profile goes, and not saved.
      experienceEditor: { ...JET, title: '' },
      education: [COLUMBIA, YALE],
    });
    await expect(page.locator('[data-ui="experience"] button[data-ui="add-section"]')).toBeDisabled();
    // Its Update was never pressed: the page would have said the title is missing.
    await expect(page.getByText('This is a required field.')).toHaveCount(0);
    expect(await outlined(page)).toEqual(['QA_1223185', 'QA_7493846', 'avatar', 'cover_letter', 'industry', 'title']);
    expect(summary).toBe('Filled 36 fields · 6 need you');
    expect(await pageFlags(page)).toEqual({ submitted: false, photoRefused: false, opened: [] });
  });
  test('adds as many jobs as the profile holds, one editor after another, beyond the passes answers reveal', async ({ page, importProfile }) => {
    const file = testProfileFile();
    const older = ['Initech', 'Globex', 'Umbrella'].map((name, year) => ({ name, position: 'Engineer', startDate: `201${year}-01`, endDate: `201${year}-12` }));
    file.resume.work.push(...(older as typeof file.resume.work));
    await importProfile(file);
    await open(page);
    await fillWithButton(page);

    const state = await pageState(page);
    expect((state.experience as { company: string }[]).map((entry) => entry.company)).toEqual(['Meta', 'Jet.com', 'Initech', 'Globex', 'Umbrella']);
    expect(state.experienceEditor).toBeNull();
  });
});
