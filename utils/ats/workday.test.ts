import { describe, expect, it } from 'vitest';
import { field } from '../core/testing';
import { classifyWorkdayField, entryKindOf, repeatedSectionOf, workdayName } from './workday/fields';
import { locationSegment } from './workday/index';
import { promptItems } from './workday/prompts';
import { EMPTY_ENTRY, entryPosition, placeEntries, type EntryNames, type PageEntry } from './workday/sections';

describe('workdayName', () => {
  it.each([
    [{ htmlId: 'name--legalName--firstName' }, { group: 'name', name: 'firstName' }],
    [{ htmlId: 'workExperience-12--startDate-dateSectionMonth-input' }, { group: 'workExperience', name: 'startDate' }],
    [{ htmlId: 'input-4', automationId: 'legalNameSection_firstName' }, { group: 'legalName', name: 'firstName' }],
    [{ htmlId: 'input-9', automationId: 'formField-startDate' }, { name: 'startDate' }],
    [{ automationId: 'phone-number' }, { name: 'phone-number' }],
  ])('reads %o', (description, expected) => {
    expect(workdayName(description)).toEqual(expected);
  });

  it('has nothing to say about a field without Workday names', () => {
    expect(workdayName({ htmlId: 'fname' })).toBeUndefined();
  });
});

describe('repeatedSectionOf', () => {
  it('reads the section and its internal counter, which is not a position', () => {
    expect(repeatedSectionOf('workExperience-12--jobTitle')).toEqual({ group: 'workExperience', counter: 12 });
    expect(repeatedSectionOf('education-4--schoolName')).toEqual({ group: 'education', counter: 4 });
    expect(repeatedSectionOf('name--legalName--firstName')).toBeUndefined();
  });
});

describe('classifyWorkdayField', () => {
  const kindOf = (overrides: Parameters<typeof field>[0], links: Parameters<typeof classifyWorkdayField>[1] = []) =>
    classifyWorkdayField(field(overrides), links)?.kind;

  it.each([
    // Today's <section>--<field> ids.
    ['name--legalName--firstName', 'firstName'],
    ['name--legalName--lastName', 'lastName'],
    ['address--addressLine1', 'addressLine1'],
    ['address--city', 'city'],
    ['address--countryRegion', 'region'],
    ['address--postalCode', 'postalCode'],
    ['country--country', 'country'],
    ['emailAddress--emailAddress', 'email'],
    ['phoneNumber--phoneType', 'phoneType'],
    ['phoneNumber--countryPhoneCode', 'phoneCountryCode'],
    ['phoneNumber--phoneNumber', 'phone'],
    ['phoneNumber--extension', 'phoneExtension'],
    ['source--source', 'referralSource'],
    ['workExperience-12--jobTitle', 'workTitle'],
    ['workExperience-12--companyName', 'workCompany'],
    ['workExperience-12--location', 'workLocation'],
    ['workExperience-12--currentlyWorkHere', 'workCurrent'],
    ['workExperience-12--startDate-dateSectionMonth-input', 'workStart'],
    ['workExperience-12--endDate-dateSectionMonth-input', 'workEnd'],
    ['workExperience-12--roleDescription', 'workDescription'],
    ['education-14--schoolName', 'school'],
    ['education-14--degree', 'degree'],
    ['education-14--fieldOfStudy', 'discipline'],
    ['education-14--gradeAverage', 'gpa'],
    ['education-14--startDate-dateSectionMonth-input', 'educationStart'],
    ['education-14--endDate-dateSectionMonth-input', 'educationEnd'],
    ['language-20--language', 'languages'],
    ['skills--skills', 'skills'],
    ['socialNetworkAccounts--linkedInAccount', 'linkedin'],
    ['personalInfoUS--gender', 'gender'],
    ['personalInfoUS--hispanicOrLatino', 'hispanicOrLatino'],
    ['personalInfoUS--ethnicity', 'race'],
    ['personalInfoUS--veteranStatus', 'veteran'],
    ['selfIdentifiedDisabilityData--name', 'signatureName'],
    ['selfIdentifiedDisabilityData--dateSignedOn-dateSectionMonth-input', 'signatureDate'],
  ])('classifies the new id %s as %s', (htmlId, kind) => {
    // Job and school fields are annotated with the profile entry placed in their entry.
    expect(kindOf({ htmlId, entryIndex: 0 })).toBe(kind);
  });

  it.each([
    // The older data-automation-id names (ids are generated input-N).
    [{ automationId: 'legalNameSection_firstName' }, 'firstName'],
    [{ automationId: 'legalNameSection_lastName' }, 'lastName'],
    [{ automationId: 'addressSection_addressLine1' }, 'addressLine1'],
    [{ automationId: 'addressSection_city' }, 'city'],
    [{ automationId: 'addressSection_countryRegion', control: 'listbox-button' }, 'region'],
    [{ automationId: 'addressSection_postalCode' }, 'postalCode'],
    [{ automationId: 'countryDropdown', control: 'listbox-button' }, 'country'],
    [{ automationId: 'email' }, 'email'],
    [{ automationId: 'phone-device-type', control: 'listbox-button' }, 'phoneType'],
    [{ automationId: 'phone-number' }, 'phone'],
    [{ automationId: 'phone-extension' }, 'phoneExtension'],
    [{ automationId: 'sourceDropdown', control: 'listbox-button' }, 'referralSource'],
    [{ automationId: 'company', section: 'Work Experience 2', entryIndex: 1 }, 'workCompany'],
    [{ automationId: 'formField-startDate', section: 'Work Experience 1', entryIndex: 0, control: 'date-split' }, 'workStart'],
    [{ automationId: 'formField-startDate', section: 'Education 1', entryIndex: 0, control: 'date-split' }, 'educationStart'],
    [{ automationId: 'formField-lastYearAttended', section: 'Education 2', entryIndex: 1, control: 'date-split' }, 'educationEnd'],
    [{ automationId: 'formField-field-of-study', control: 'combobox' }, 'discipline'],
    [{ automationId: 'linkedinQuestion' }, 'linkedin'],
    [{ automationId: 'ethnicityDropdown', control: 'listbox-button' }, 'race'],
  ] as const)('classifies the older %o as %s', (description, kind) => {
    expect(kindOf(description)).toBe(kind);
  });

  it('keeps "company" and "startDate" outside a work or school entry for the heuristics', () => {
    expect(kindOf({ automationId: 'company' })).toBeUndefined();
    expect(kindOf({ automationId: 'formField-startDate', control: 'date-split' })).toBeUndefined();
  });

  it('never claims the terms to accept', () => {
    const terms = classifyWorkdayField(field({ htmlId: 'termsAndConditions--acceptTermsAndAgreements', control: 'checkbox' }));
    expect(terms).toMatchObject({ kind: 'unknown', confidence: 1 });
    expect(kindOf({ automationId: 'agreementCheckbox', control: 'checkbox' })).toBe('unknown');
  });

  it('leaves questionnaire questions, named by opaque ids, to their labels', () => {
    expect(kindOf({ htmlId: 'primaryQuestionnaire--5b0c3f0e8a3b4f6f9d2e1c7a4b8e6d11', control: 'listbox-button' })).toBeUndefined();
    expect(kindOf({ htmlId: 'wd-choice-7', automationId: 'formField-candidateIsPreviousWorker', control: 'radio-group' })).toBeUndefined();
  });

  it('gives each "Websites" entry the next link the profile holds, and no more', () => {
    expect(kindOf({ htmlId: 'webAddress-30--url', entryIndex: 0 }, ['website', 'github'])).toBe('website');
    expect(kindOf({ htmlId: 'webAddress-31--url', entryIndex: 1 }, ['website', 'github'])).toBe('github');
    expect(kindOf({ htmlId: 'webAddress-32--url', entryIndex: 2 }, ['website', 'github'])).toBe('unknown');
  });

  it('gives the My Experience uploader the resume, and a cover letter upload the cover letter', () => {
    const upload = (overrides: Parameters<typeof field>[0]) => kindOf({ control: 'file', automationId: 'file-upload-input-ref', ...overrides });
    expect(upload({ section: 'My Experience' })).toBe('resume');
    expect(upload({ labels: ['Resume/CV'] })).toBe('resume');
    expect(upload({ labels: ['Cover Letter'], section: 'My Experience' })).toBe('coverLetter');
    expect(upload({ labels: ['Attachments'], section: 'Application Questions' })).toBeUndefined();
    // Today's uploader: its widget's label and its section's heading, a bare "formField-" wrapper.
    expect(upload({ labels: ['Upload a file (5MB max)*', 'Resume/CV'] })).toBe('resume');
  });

  it('leaves every field of an entry without a placed profile entry alone, heuristics included', () => {
    const alone = { kind: 'unknown', confidence: 1 };
    expect(classifyWorkdayField(field({ htmlId: 'workExperience-12--companyName' }))).toMatchObject(alone);
    expect(classifyWorkdayField(field({ automationId: 'company', section: 'Work Experience 1' }))).toMatchObject(alone);
    expect(classifyWorkdayField(field({ labels: ['Degree'], section: 'Education 2' }))).toMatchObject(alone);
  });

  it('says which Workday name decided', () => {
    expect(classifyWorkdayField(field({ htmlId: 'name--legalName--firstName' }))).toEqual({ kind: 'firstName', confidence: 0.95, reason: 'workday: name.firstName' });
  });
});

describe('promptItems', () => {
  it('splits skills into one search each', () => {
    const items = promptItems({ ref: 'f1', kind: 'skills', op: 'choose', search: 'Go, Java, Python', accept: ['Go, Java, Python'] });
    expect(items.map((item) => item.search)).toEqual(['Go', 'Java', 'Python']);
    expect(items[0]!.choice).toEqual({ accept: ['Go'], meaning: { type: 'text', value: 'Go' } });
  });

  it('drops the fluency from languages', () => {
    const list = 'English (Native speaker), Spanish (Professional working proficiency)';
    expect(promptItems({ ref: 'f1', kind: 'languages', op: 'choose', search: list, accept: [list] }).map((item) => item.search)).toEqual(['English', 'Spanish']);
  });

  it('keeps one answer whole, with its meaning', () => {
    const meaning = { type: 'text', value: 'LinkedIn', domain: 'referralSource' } as const;
    expect(promptItems({ ref: 'f1', kind: 'referralSource', op: 'choose', search: 'LinkedIn', accept: ['LinkedIn'], meaning })).toEqual([
      { search: 'LinkedIn', choice: { accept: ['LinkedIn'], meaning } },
    ]);
  });
});

describe('entryKindOf', () => {
  it.each([
    [{ htmlId: 'workExperience-12--jobTitle' }, 'work'],
    [{ htmlId: 'education-4--degree', section: 'Education 1' }, 'education'],
    [{ section: 'Work Experience 2' }, 'work'],
    [{ section: 'Education 1' }, 'education'],
    [{ htmlId: 'language-20--language', section: 'Languages 1' }, undefined],
    // A question under a heading that only mentions employment is in no entry.
    [{ section: 'Employment Eligibility' }, undefined],
    [{ section: 'Work Experience' }, undefined],
  ] as const)('reads %o as %s', (description, kind) => {
    expect(entryKindOf(description)).toBe(kind);
  });
});

describe('entryPosition', () => {
  it('reads the number in the entry heading', () => {
    expect(entryPosition('Work Experience 2', 'workExperience-40--jobTitle', [])).toBe(1);
    expect(entryPosition('Languages 1', undefined, [])).toBe(0);
  });

  it('without a numbered heading, ranks the id counter among the page ids of its section', () => {
    const ids = ['workExperience-31--jobTitle', 'workExperience-31--companyName', 'education-32--degree', 'workExperience-35--jobTitle', 'workExperience-12--jobTitle'];
    expect(entryPosition('Work Experience', 'workExperience-35--companyName', ids)).toBe(1);
    expect(entryPosition(undefined, 'workExperience-12--jobTitle', ids)).toBe(2);
    expect(entryPosition(undefined, 'education-32--degree', ids)).toBe(0);
  });

  it('has no position for a field outside a repeated section, or an id not on the page', () => {
    expect(entryPosition('Legal Name', 'name--legalName--firstName', [])).toBeUndefined();
    expect(entryPosition(undefined, 'workExperience-99--jobTitle', ['workExperience-12--jobTitle'])).toBeUndefined();
  });
});

describe('placeEntries', () => {
  const META: EntryNames = { workTitle: 'Senior Software Engineer', workCompany: 'Meta' };
  const JET: EntryNames = { workTitle: 'Software Engineer', workCompany: 'Jet.com' };
  const started = (names: EntryNames): PageEntry => ({ started: true, names });

  it('puts every profile entry in a new entry on an empty section', () => {
    expect(placeEntries([], [META, JET])).toEqual({ existing: [], added: [0, 1] });
  });

  it('fills empty entries first, in order, and adds only what is left', () => {
    expect(placeEntries([EMPTY_ENTRY], [META, JET])).toEqual({ existing: [0], added: [1] });
    expect(placeEntries([EMPTY_ENTRY, EMPTY_ENTRY], [META, JET])).toEqual({ existing: [0, 1], added: [] });
  });

  it('gives a started entry the profile entry it names, and the rest to the others', () => {
    // "Software Engineer" is also in "Senior Software Engineer": the same title wins.
    expect(placeEntries([started({ workTitle: 'software engineer' })], [META, JET])).toEqual({ existing: [1], added: [0] });
    expect(placeEntries([EMPTY_ENTRY, started({ workCompany: 'Meta' })], [META, JET])).toEqual({ existing: [1, 0], added: [] });
    expect(placeEntries([started({ workCompany: 'Meta Platforms' })], [META, JET])).toEqual({ existing: [0], added: [1] });
  });

  it('leaves a started entry that names no profile entry alone', () => {
    expect(placeEntries([started({ workTitle: 'Staff Engineer (typed by me)' })], [META, JET])).toEqual({ existing: [undefined], added: [0, 1] });
    // Something typed, but nothing that says which job it is.
    expect(placeEntries([started({})], [META, JET])).toEqual({ existing: [undefined], added: [0, 1] });
  });

  it('never mixes two jobs: a name that disagrees rules the profile entry out', () => {
    expect(placeEntries([started({ workTitle: 'Software Engineer', workCompany: 'Google' })], [META, JET])).toEqual({ existing: [undefined], added: [0, 1] });
  });

  it('places a profile entry once, even when two started entries name it', () => {
    expect(placeEntries([started({ workCompany: 'Jet.com' }), started({ workCompany: 'jet.com' })], [META, JET])).toEqual({ existing: [1, undefined], added: [0] });
  });

  it('leaves empty entries beyond the profile empty', () => {
    expect(placeEntries([EMPTY_ENTRY, EMPTY_ENTRY], [META])).toEqual({ existing: [0, undefined], added: [] });
  });

  it('matches schools by school or field of study', () => {
    const columbia: EntryNames = { school: 'Columbia University', discipline: 'Computer Science' };
    const yale: EntryNames = { school: 'Yale University', discipline: 'Economics' };
    expect(placeEntries([EMPTY_ENTRY, started({ discipline: 'Economics' })], [columbia, yale])).toEqual({ existing: [0, 1], added: [] });
  });
});

describe('locationSegment', () => {
  it.each([
    ['/en-US/External/job/New-York-NY/Senior-Software-Engineer_R-1042/apply/applyManually', 'New-York-NY'],
    ['/en-US/phreesiacanada/job/Remote-Canada/Software-Engineer-1_R4868/apply', 'Remote-Canada'],
    ['/recruiting/globex/Careers/job/Remote/Engineer_JR-77/apply', 'Remote'],
    ['/en-US/Careers/job/S%C3%A3o-Paulo/Engineer_R-1/apply', 'São-Paulo'],
    ['/en-US/Workday/job/USA%2C-OR%2C-Remote/Sr-Engagement-Manager_JR-0095254-1/apply/autofillWithResume', 'USA,-OR,-Remote'],
  ])('reads %s', (path, location) => {
    expect(locationSegment(path)).toBe(location);
  });

  it('finds none where the posting URL has no location segment', () => {
    expect(locationSegment('/en-US/Careers/job/Embedded-Software-Engineer---New-Grad_R031571/apply')).toBeUndefined();
    expect(locationSegment('/en-US/Careers/userHome')).toBeUndefined();
  });
});
