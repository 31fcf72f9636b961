import type { Frame, Page } from '@playwright/test';
import { expect, fillWithButton, pressAutofill, summaryText, test } from './fixtures';
import { RESUME_READ } from '../../utils/ats/icims';
import { RESUME_FILE, testProfileFile } from './support/profile';

/**
 * A careers-<company>.icims.com candidate profile: the portal's wrapper page, and the form in its
 * same-origin frame (in_iframe=1). tests/pages/icims/SOURCES.md says where each part comes from.
 */
const CANDIDATE = 'https://careers-acme.icims.com/jobs/1234/software-engineer/candidate?from=login';
const FRAME_URL = 'https://careers-acme.icims.com/jobs/1234/software-engineer/candidate?from=login&in_iframe=1&hashed=-435621309';
/** The same form shown by a company's own careers page: the frame is cross-origin, the content script runs in it. */
const COMPANY = 'https://www.acme-corp.com/careers/software-engineer';
const FRAME = '#icims_content_iframe';
const P = 'PersonProfileFields';

/** What the fixture page keeps (tests/pages/lib/icims-portal.js). */
type FixtureWindow = { __state(): Record<string, unknown>; __posted: { fields: Record<string, string>; files: Record<string, unknown> } | null };

function form(page: Page): Frame {
  const frame = page.frame({ name: 'icims_content_iframe' });
  if (!frame) throw new Error('no iCIMS frame');
  return frame;
}

/** Every control of the form by name, files as name/size/type, and the text each iCIMS dropdown shows. */
function formState(page: Page) {
  return form(page).evaluate(() => (window as unknown as FixtureWindow).__state());
}

/** What the last POST of the form carried (null: the form was never posted). */
function posted(page: Page) {
  return form(page).evaluate(() => (window as unknown as FixtureWindow).__posted);
}

/** The names of the controls the fill outlined for the user. */
function outlined(page: Page) {
  return form(page).evaluate(() =>
    [...new Set(Array.from(document.querySelectorAll('[data-applyfill-needs-you]'), (el) => el.getAttribute('name') ?? el.id))].sort(),
  );
}

/** Opens the candidate profile and returns what its form holds before any fill. */
async function open(page: Page, url = CANDIDATE) {
  await page.goto(url);
  const frame = page.frameLocator('#icims_content_iframe');
  await expect(frame.locator('#profileForm')).toBeVisible();
  // icimsDropdown.js has drawn its widgets.
  await expect(frame.locator(`[id="-1_${P}.AddressCountry_icimsDropdown"]`)).toBeVisible();
  return formState(page);
}

/** What the fill writes from the profile, wherever the form came from. */
const FROM_PROFILE = {
  [`${P}.FirstName`]: 'Jordan',
  [`${P}.LastName`]: 'Rivera',
  [`${P}.Email`]: 'jordan.rivera@example.com',
  [`-1_${P}.PhoneType`]: '15145',
  [`-1_${P}.PhoneNumber`]: '(555) 014-2367',
  [`-1_${P}.AddressStreet1`]: '123 Example Street',
  [`-1_${P}.AddressCity`]: 'New York',
  [`-1_${P}.AddressZip`]: '10001',
  [`-1_${P}.AddressCountry`]: 'US',
  [`-1_${P}.AddressCountry (shown)`]: 'United States',
  [`-1_${P}.AddressState`]: '4132',
  [`-1_${P}.AddressState (shown)`]: 'New York',
  rcf3048: 'LinkedIn',
  // Found on the list's second page: "Columbia University in the City of New York".
  '-1_CandProfileFields.School': '9126',
  '-1_CandProfileFields.School (shown)': 'Columbia University in the City of New York',
  '-1_CandProfileFields.Major': '20512',
  '-1_CandProfileFields.Major (shown)': 'Computer Science',
  '-1_CandProfileFields.OtherSchool': 'Columbia University',
  // Dates by parts: the month's option, the year alone; no day the profile does not hold.
  '-1_CandProfileFields.EducationStartDate_Month': '09',
  '-1_CandProfileFields.EducationStartDate_Year': '2015',
  [`-1_${P}.rcf3212`]: 'Meta',
  [`-1_${P}.rcf3216`]: 'New York',
  [`-1_${P}.rcf3213`]: 'Senior Software Engineer',
  [`-1_${P}.rcf3214_Month`]: '06',
  [`-1_${P}.rcf3214_Year`]: '2019',
  [`-1_${P}.rcf3219`]: 'Feed delivery infrastructure for Reels.',
  rcf2055: '20001',
  'rcf2055 (shown)': 'Yes',
  rcf2056: '20002',
  'rcf2056 (shown)': 'No',
};

/** What iCIMS's parse of the resume writes (tests/pages/lib/icims-portal.js). */
const PARSED = {
  [`${P}.FirstName`]: 'Jordan',
  [`${P}.LastName`]: 'Rivera',
  [`${P}.Email`]: 'jordan.rivera@example.com',
  [`-1_${P}.PhoneNumber`]: '555-014-2367',
  [`-1_${P}.AddressStreet1`]: '123 Example Street Apt 4B',
  [`-1_${P}.AddressCity`]: 'New York',
  [`-1_${P}.AddressZip`]: '10001',
  [`-1_${P}.AddressCountry`]: 'US',
  [`-1_${P}.AddressCountry (shown)`]: 'United States',
  [`-1_${P}.AddressState (shown)`]: '— Make a Selection —',
  '-1_CandProfileFields.OtherSchool': 'Columbia University',
  '-1_CandProfileFields.IsGraduated': '20466',
  '-1_CandProfileFields.EducationStartDate_Year': '2015',
  [`-1_${P}.rcf3212`]: 'Meta Platforms, Inc.',
  [`-1_${P}.rcf3216`]: 'New York',
  [`-1_${P}.rcf3213`]: 'Senior Software Engineer',
  [`-1_${P}.rcf3214_Month`]: '06',
  [`-1_${P}.rcf3214_Year`]: '2019',
  [`-1_${P}.rcf3219`]: 'Reels feed delivery infrastructure',
  'resume on file': RESUME_FILE.name,
};

/** Left for the user: no answer in the profile, a password, or a question the fill does not know. */
const LEFT_FOR_USER = [
  // Never filled, and not outlined either: a password is the user's own business.
  `${P}.Login`,
  `-1_${P}.AddressType`, `-1_${P}.AddressCounty`,
  '-1_CandProfileFields.Degree_icimsDropdown', '-1_CandProfileFields.IsGraduated',
  '-1_CandProfileFields.EducationStartDate_Date',
  `-1_${P}.rcf3218_icimsDropdown`, `-1_${P}.rcf3217_icimsDropdown`,
  `-1_${P}.rcf3214_Date`, `-1_${P}.rcf3266`, 'rcf2106_File',
  // The first job is current: it has no end, and this form has no "I currently work here".
  `-1_${P}.rcf3215_Month`, `-1_${P}.rcf3215_Date`, `-1_${P}.rcf3215_Year`,
];

test.describe('iCIMS', () => {
  test('uploads the resume first, then fills the form iCIMS renders from it: the profile over the parse, dates by parts, County empty', async ({ page, importProfile }) => {
    await importProfile(testProfileFile());
    const before = await open(page);
    const summary = await fillWithButton(page, undefined, 60_000);

    // The upload went first, alone: the form posted empty but for the resume, and only once.
    expect(form(page).url()).toBe(`${FRAME_URL}&uploadResume=1`);
    const sent = await posted(page);
    expect(sent?.files).toEqual({ [`PortalProfileFields.Resume_File`]: { name: RESUME_FILE.name, size: RESUME_FILE.size } });
    const answers = Object.keys(sent!.fields).filter((name) => name in before);
    expect(answers.length).toBeGreaterThan(30);
    expect(Object.fromEntries(answers.map((name) => [name, sent!.fields[name]]))).toEqual(Object.fromEntries(answers.map((name) => [name, before[name]])));
    expect(sent!.fields['PortalProfileFields.Resume_FileName']).toBe(RESUME_FILE.name);
    // Posted by the resume input's own handler, not by "Submit Profile".
    expect(sent!.fields).not.toHaveProperty('profileButton');

    expect(await formState(page)).toEqual({
      ...before,
      ...FROM_PROFILE,
      // The parse found it and the profile answers nothing there: kept as iCIMS read it.
      '-1_CandProfileFields.IsGraduated': '20466',
      'resume on file': RESUME_FILE.name,
    });
    await expect(page.frameLocator('#icims_content_iframe').locator('.dropdown-container').first()).toBeHidden();
    expect(await outlined(page)).toEqual([...LEFT_FOR_USER].sort());
    expect(summary).toBe(`Filled 25 fields · ${LEFT_FOR_USER.length} need you`);
  });

  test('on a company’s own site: the upload replaces the page the fill ran in, which then says so; the next press fills the rest', async ({ page, importProfile }) => {
    await importProfile(testProfileFile());
    const before = await open(page, COMPANY);
    await pressAutofill(page, FRAME);

    await expect.poll(() => form(page).url(), { timeout: 20_000 }).toBe(`${FRAME_URL}&uploadResume=1`);
    await expect.poll(() => summaryText(page, FRAME), { timeout: 20_000, message: 'the re-rendered form tells to press Autofill' }).toBe(RESUME_READ);
    // Nothing was written into the form before it went: this is iCIMS's parse alone.
    expect(await formState(page)).toEqual({ ...before, ...PARSED });

    const summary = await fillWithButton(page, FRAME, 60_000);
    expect(await formState(page)).toEqual({ ...before, ...FROM_PROFILE, '-1_CandProfileFields.IsGraduated': '20466', 'resume on file': RESUME_FILE.name });
    expect(await outlined(page)).toEqual([...LEFT_FOR_USER].sort());
    // The resume is on file: its upload buttons are gone, and it is not counted again.
    expect(summary).toBe(`Filled 24 fields · ${LEFT_FOR_USER.length} need you`);
  });

  test('without a resume in the profile, fills the form where it is and posts nothing', async ({ page, importProfile }) => {
    await importProfile({ ...testProfileFile(), documents: [] });
    const before = await open(page);
    const summary = await fillWithButton(page, undefined, 60_000);

    expect(form(page).url()).toBe(FRAME_URL);
    expect(await posted(page)).toBeNull();
    expect(await formState(page)).toEqual({ ...before, ...FROM_PROFILE });
    expect(await outlined(page)).toEqual([...LEFT_FOR_USER, 'PortalProfileFields.Resume_File'].sort());
    expect(summary).toBe(`Filled 24 fields · ${LEFT_FOR_USER.length + 1} need you`);
  });

  test('does not send a form the user typed into for parsing: iCIMS would replace what they typed', async ({ page, importProfile }) => {
    await importProfile(testProfileFile());
    const before = await open(page);
    const frame = page.frameLocator('#icims_content_iframe');
    await frame.locator(`[id="${P}.Email"]`).fill('jordan@work.example.com');
    await fillWithButton(page, undefined, 60_000);

    expect(form(page).url()).toBe(FRAME_URL);
    expect(await posted(page)).toBeNull();
    expect(await formState(page)).toEqual({ ...before, ...FROM_PROFILE, [`${P}.Email`]: 'jordan@work.example.com' });
    expect(await outlined(page)).toContain('PortalProfileFields.Resume_File');
  });
});
