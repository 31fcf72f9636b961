import { expect, test } from './fixtures';
import { RESUME_FILE, testProfileFile } from './support/profile';

type State = Record<string, unknown>;
declare const window: Window & { __state: State; __submitted?: boolean; __framePhoneState?: State };

test.describe('the generic engine on the hard parts of a page', () => {
  test('reaches shadow roots, same-origin frames and drop zones, reads sections and unnamed choices, and stays in the main form', async ({
    page,
    importProfile,
    clickToolbarButton,
  }) => {
    await importProfile(testProfileFile());
    await page.goto('https://careers.example.com/edge');
    await expect(page.frameLocator('#contact-frame').locator('#frame-phone')).toBeVisible();

    const popup = await clickToolbarButton(page);
    await popup.getByRole('button', { name: 'Autofill this page' }).click();
    await expect(popup.getByRole('status')).toContainText(/Filled \d+ fields/);

    const state = await page.evaluate(() => window.__state);
    expect(state).toEqual({
      firstName: 'Jordan',
      lastName: 'Rivera',
      // Inside an open shadow root.
      email: 'jordan.rivera@example.com',
      // Under "Work experience" (the title under a "Position details" sub-heading too): the current job.
      company: 'Meta',
      title: 'Senior Software Engineer',
      // Under the later "Other information" heading: the applicant's start date, not the job's.
      startMonth: '01',
      startDay: '04',
      startYear: '2027',
      // Radios without value attributes, and radios without names grouped by their fieldset.
      relocate: 'Yes',
      sponsorship: 'no',
      // Chosen from suggestions appended to the page, not from the site's own filter list.
      country: 'United States',
      filter: 'Any country',
      // Dropped on a drop zone that has no file input.
      resume: { name: RESUME_FILE.name, size: RESUME_FILE.size },
      // A transparent and a one-pixel bot trap stay empty.
      trapTransparent: '',
      trapPixel: '',
      // The header search and the footer newsletter are other forms.
      q: '',
      alerts: '',
    });
    // In a same-origin frame: filled once, by the page's own run.
    expect(await page.evaluate(() => window.__framePhoneState?.phone)).toMatch(/555\D*014\D*2367/);
    await expect(page.locator('#country')).toHaveValue('');
    // Unnamed radios of two questions in one fieldset are left for the user.
    await expect(page.locator('#two-questions input:checked')).toHaveCount(0);
    expect(await page.evaluate(() => window.__submitted)).toBeUndefined();
  });
});
