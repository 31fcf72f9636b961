import { describe, expect, it } from 'vitest';
import { CONFIDENCE_THRESHOLD, classifyField, classifyFields } from './classify';
import { field, options, profile } from './testing';
import type { Classification, FieldDescription } from './types';

type Case = [title: string, description: Partial<FieldDescription>, expected: Classification['kind']];

const YES_NO = options('Yes', 'No');
const WORK = { section: 'Work Experience 1', entryIndex: 0 };
const EDUCATION = { section: 'Education 1', entryIndex: 0 };
const SELF_ID = 'Voluntary Self-Identification of Disability';

const label = (text: string, rest: Partial<FieldDescription> = {}): Partial<FieldDescription> => ({
  labels: [text],
  ...rest,
});
const choice = (text: string, rest: Partial<FieldDescription> = {}) =>
  label(text, { control: 'select', options: YES_NO, ...rest });

const IDENTITY: Case[] = [
  ['First Name *', label('First Name *'), 'firstName'],
  ['Legal first name', label('Legal First Name'), 'firstName'],
  ['Given name', label('Given name(s)'), 'firstName'],
  ['Greenhouse #first_name', label('First Name', { htmlId: 'first_name' }), 'firstName'],
  ['Workday name--legalName--firstName', label('Given Name(s)', { htmlId: 'name--legalName--firstName' }), 'firstName'],
  ['Workday legalNameSection_firstName', { automationId: 'legalNameSection_firstName' }, 'firstName'],
  ['first name under a "Legal Name" legend', { labels: ['First Name', 'Legal Name'] }, 'firstName'],
  ['autocomplete given-name only', { autocomplete: 'given-name' }, 'firstName'],
  ['placeholder only "First name"', { placeholder: 'First name' }, 'firstName'],
  ['Preferred first name', label('Preferred First Name'), 'preferredName'],
  ['Preferred name', label('Preferred Name'), 'preferredName'],
  ['Nickname', label('Nickname'), 'preferredName'],
  ['Workday preferred first name id', label('First Name', { htmlId: 'name--preferredName--firstName' }), 'preferredName'],
  ['first name under a "Preferred Name" legend', { labels: ['First Name', 'Preferred Name'] }, 'preferredName'],
  ['Middle name', label('Middle Name'), 'middleName'],
  ['Middle initial', label('Middle Initial'), 'middleName'],
  ['Last Name *', label('Last Name *'), 'lastName'],
  ['Family name', label('Family Name'), 'lastName'],
  ['Surname', label('Surname'), 'lastName'],
  ['Greenhouse #last_name', label('Last Name', { htmlId: 'last_name' }), 'lastName'],
  ['Workday name--legalName--lastName', label('Family Name', { htmlId: 'name--legalName--lastName' }), 'lastName'],
  ['autocomplete family-name', { autocomplete: 'family-name' }, 'lastName'],
  ['Full name', label('Full name'), 'fullName'],
  ['Name', label('Name'), 'fullName'],
  ['Legal name (single field)', label('Legal name'), 'fullName'],
  ['Full legal name', label('Full Legal Name'), 'fullName'],
  ['Lever name', label('Full name ✱', { name: 'name' }), 'fullName'],
  ['Ashby _systemfield_name', label('Name', { name: '_systemfield_name' }), 'fullName'],
  ['autocomplete name', { autocomplete: 'name' }, 'fullName'],
  ['Pronouns', label('Pronouns'), 'pronouns'],
  ['Pronouns select', label('What are your pronouns?', { control: 'select', options: options('She/her', 'He/him') }), 'pronouns'],
];

const CONTACT: Case[] = [
  ['Email', label('Email'), 'email'],
  ['Email Address *', label('Email Address *'), 'email'],
  ['E-mail', label('E-mail'), 'email'],
  ['Confirm email', label('Confirm your email'), 'email'],
  ['type=email only', { inputType: 'email', name: 'contact' }, 'email'],
  ['Greenhouse #email', { htmlId: 'email' }, 'email'],
  ['Workday emailAddress--emailAddress', label('Email Address', { htmlId: 'emailAddress--emailAddress' }), 'email'],
  ['Phone', label('Phone', { inputType: 'tel' }), 'phone'],
  ['Phone Number', label('Phone Number'), 'phone'],
  ['Mobile phone number', label('Mobile Phone Number'), 'phone'],
  ['Phone number (include area code)', label('Phone number (include area code)'), 'phone'],
  ['Workday phoneNumber--phoneNumber', label('Phone Number', { htmlId: 'phoneNumber--phoneNumber' }), 'phone'],
  ['Workday phone-number automation id', { automationId: 'phone-number' }, 'phone'],
  ['autocomplete tel', { autocomplete: 'tel' }, 'phone'],
  ['autocomplete tel-national', { autocomplete: 'tel-national' }, 'phone'],
  ['Phone device type', label('Phone Device Type', { control: 'listbox-button' }), 'phoneType'],
  ['Workday phoneNumber--phoneType', { control: 'listbox-button', htmlId: 'phoneNumber--phoneType' }, 'phoneType'],
  ['Workday phone-device-type', { control: 'listbox-button', automationId: 'phone-device-type' }, 'phoneType'],
  ['Country phone code', label('Country Phone Code', { control: 'listbox-button' }), 'phoneCountryCode'],
  ['Phone country code as text', label('Phone country code'), 'phoneCountryCode'],
  ['autocomplete tel-country-code', { autocomplete: 'tel-country-code', control: 'select' }, 'phoneCountryCode'],
  ['Workday countryPhoneCode id', { control: 'listbox-button', htmlId: 'phoneNumber--countryPhoneCode' }, 'phoneCountryCode'],
  ['Phone extension', label('Phone Extension'), 'phoneExtension'],
];

const ADDRESS: Case[] = [
  ['Address Line 1', label('Address Line 1'), 'addressLine1'],
  ['Street address', label('Street Address'), 'addressLine1'],
  ['Workday addressSection_addressLine1', { automationId: 'addressSection_addressLine1' }, 'addressLine1'],
  ['autocomplete address-line1', { autocomplete: 'address-line1' }, 'addressLine1'],
  ['Address Line 2', label('Address Line 2'), 'addressLine2'],
  ['Apartment, suite', label('Apartment, suite, etc.'), 'addressLine2'],
  ['City', label('City'), 'city'],
  ['City / Town', label('City / Town'), 'city'],
  ['Workday address--city', label('City', { htmlId: 'address--city' }), 'city'],
  ['autocomplete address-level2', { autocomplete: 'address-level2' }, 'city'],
  ['State', label('State', { control: 'select', options: options('New York') }), 'region'],
  ['State/Province', label('State/Province'), 'region'],
  ['Workday countryRegion is the state', label('State', { control: 'listbox-button', automationId: 'addressSection_countryRegion' }), 'region'],
  ['iCIMS Province/State/Region', label('Province/State/Region', { control: 'combobox', htmlId: '-1_PersonProfileFields.AddressState' }), 'region'],
  ['County/State names the region too', label('County/State'), 'region'],
  ['Zip code', label('Zip Code'), 'postalCode'],
  ['Postal Code', label('Postal Code', { htmlId: 'address--postalCode' }), 'postalCode'],
  ['autocomplete postal-code', { autocomplete: 'postal-code' }, 'postalCode'],
  ['Country select', label('Country', { control: 'listbox-button' }), 'country'],
  ['Workday country--country', { control: 'listbox-button', htmlId: 'country--country' }, 'country'],
  ['Country of residence', label('Country of residence', { control: 'select' }), 'country'],
  ['autocomplete country-name', { autocomplete: 'country-name' }, 'country'],
  ['Location', label('Location'), 'location'],
  ['Location (City)', label('Location (City)', { control: 'combobox', htmlId: 'candidate-location' }), 'location'],
  ['Current location', label('Current Location'), 'location'],
  ['Lever location', label('Current location', { name: 'location' }), 'location'],
  ['Where are you currently based?', label('Where are you currently based?'), 'location'],
  ['City, State', label('City, State'), 'location'],
];

const LINKS: Case[] = [
  ['LinkedIn profile', label('LinkedIn Profile'), 'linkedin'],
  ['LinkedIn URL', label('LinkedIn URL', { inputType: 'url' }), 'linkedin'],
  ['Lever urls[LinkedIn]', label('LinkedIn URL', { name: 'urls[LinkedIn]' }), 'linkedin'],
  ['Lever urls[LinkedIn] alone', { name: 'urls[LinkedIn]' }, 'linkedin'],
  ['Linked In', label('Linked In'), 'linkedin'],
  ['GitHub', label('GitHub URL'), 'github'],
  ['Lever urls[GitHub]', { name: 'urls[GitHub]' }, 'github'],
  ['Twitter', label('Twitter'), 'twitter'],
  ['Lever urls[Twitter]', { name: 'urls[Twitter]' }, 'twitter'],
  ['Website', label('Website'), 'website'],
  ['Portfolio', label('Portfolio'), 'website'],
  ['Personal site', label('Personal site'), 'website'],
  ['Website/Portfolio', label('Website/Portfolio'), 'website'],
  ['Lever urls[Portfolio]', { name: 'urls[Portfolio]' }, 'website'],
  ['autocomplete url', { autocomplete: 'url' }, 'website'],
];

/** What a resume may carry of its own (the attached one answers): only when the form asks for exactly that. */
const ABOUT: Case[] = [
  ['Headline', label('Headline'), 'headline'],
  ['Professional headline', label('Professional Headline'), 'headline'],
  ['headline by name', { name: 'candidate[headline]' }, 'headline'],
  ['Summary textarea', label('Summary', { control: 'textarea' }), 'summary'],
  ['Professional summary', label('Professional Summary', { control: 'textarea' }), 'summary'],
  ['Summary of qualifications', label('Summary of Qualifications', { control: 'textarea' }), 'summary'],
  ['professionalSummary by id', { htmlId: 'professionalSummary', control: 'textarea' }, 'summary'],
  ['a job summary is the posting\'s', label('Job summary', { control: 'textarea' }), 'unknown'],
  ['the summary as a checkbox', label('Summary', { control: 'checkbox' }), 'unknown'],
  ['a headline as a select', label('Headline', { control: 'select', options: YES_NO }), 'unknown'],
];

const CURRENT_JOB: Case[] = [
  ['Current company', label('Current company'), 'currentCompany'],
  ['Current employer', label('Current Employer'), 'currentCompany'],
  ['Company name of your current employer', label('Company name of your current employer'), 'currentCompany'],
  ['Lever org', label('Current company', { name: 'org' }), 'currentCompany'],
  ['Lever org alone', { name: 'org' }, 'currentCompany'],
  ['autocomplete organization', { autocomplete: 'organization' }, 'currentCompany'],
  ['Company at top level', label('Company'), 'currentCompany'],
  ['Current title', label('Current Title'), 'currentTitle'],
  ['Current job title', label('Current job title'), 'currentTitle'],
  ['Job title at top level', label('Job Title'), 'currentTitle'],
  ['autocomplete organization-title', { autocomplete: 'organization-title' }, 'currentTitle'],
];

const WORK_ENTRIES: Case[] = [
  ['Job Title in a work entry', label('Job Title', WORK), 'workTitle'],
  ['Workday workExperience jobTitle', label('Job Title', { ...WORK, htmlId: 'workExperience-1--jobTitle' }), 'workTitle'],
  ['Workday jobTitle id without section', { htmlId: 'workExperience-2--jobTitle' }, 'workTitle'],
  ['Title in a work entry', label('Title', WORK), 'workTitle'],
  ['Company in a work entry', label('Company', WORK), 'workCompany'],
  ['Employer in a work entry', label('Employer', { section: 'Employment History', entryIndex: 1 }), 'workCompany'],
  ['Location in a work entry', label('Location', WORK), 'workLocation'],
  ['From in a work entry', label('From', { ...WORK, control: 'date-split', dateParts: ['month', 'year'] }), 'workStart'],
  ['Start date in a work entry', label('Start Date', WORK), 'workStart'],
  ['To in a work entry', label('To', { ...WORK, control: 'date-split', dateParts: ['month', 'year'] }), 'workEnd'],
  ['End date in a work entry', label('End Date', WORK), 'workEnd'],
  // iCIMS: "Start Date (Month / Day / Year)" as a month select, a day select and a year box.
  ['iCIMS start month select', { ...WORK, control: 'select', labels: ['Month', 'Start Date Month'], htmlId: '-1_PersonProfileFields.rcf3214_Month' }, 'workStart'],
  ['iCIMS start year box', { ...WORK, labels: ['Year', 'Start Date Year'], htmlId: '-1_PersonProfileFields.rcf3214_Year', maxLength: 4 }, 'workStart'],
  ['iCIMS end day select', { ...WORK, control: 'select', labels: ['Day', 'End Date Day'], htmlId: '-1_PersonProfileFields.rcf3215_Date' }, 'workEnd'],
  ['I currently work here', label('I currently work here', { ...WORK, control: 'checkbox' }), 'workCurrent'],
  ['Workday currentlyWorkHere', { ...WORK, control: 'checkbox', htmlId: 'workExperience-1--currentlyWorkHere' }, 'workCurrent'],
  ['Role description', label('Role Description', { ...WORK, control: 'textarea' }), 'workDescription'],
  ['Responsibilities', label('Responsibilities', { ...WORK, control: 'textarea' }), 'workDescription'],
  ['autocomplete organization inside a work entry', label('Company', { ...WORK, autocomplete: 'organization' }), 'workCompany'],
];

const EDUCATION_ENTRIES: Case[] = [
  ['School', label('School', { control: 'combobox' }), 'school'],
  ['School or University', label('School or University'), 'school'],
  ['University in an education entry', label('University', EDUCATION), 'school'],
  ['Workday schoolName', { ...EDUCATION, htmlId: 'education-1--schoolName' }, 'school'],
  ['Degree', label('Degree', { control: 'select' }), 'degree'],
  ['Degree in an education entry', label('Degree', { ...EDUCATION, control: 'listbox-button' }), 'degree'],
  ['Discipline', label('Discipline', { control: 'combobox' }), 'discipline'],
  ['Field of study', label('Field of Study', EDUCATION), 'discipline'],
  ['Major', label('Major'), 'discipline'],
  ['Area of study', label('Area of study'), 'discipline'],
  ['GPA', label('GPA'), 'gpa'],
  ['Overall Result (GPA)', label('Overall Result (GPA)', EDUCATION), 'gpa'],
  ['Education start date', label('Start Date', EDUCATION), 'educationStart'],
  ['From in education', label('From', { ...EDUCATION, control: 'date-split', dateParts: ['year'] }), 'educationStart'],
  ['Workday firstYearAttended', { ...EDUCATION, htmlId: 'education-1--firstYearAttended' }, 'educationStart'],
  ['Education end date', label('End Date', EDUCATION), 'educationEnd'],
  ['Graduation date', label('Graduation Date', EDUCATION), 'educationEnd'],
  ['Workday lastYearAttended', { ...EDUCATION, htmlId: 'education-1--lastYearAttended' }, 'educationEnd'],
  ['Expected graduation year', label('Expected graduation year', EDUCATION), 'educationEnd'],
];

const QUESTIONS: Case[] = [
  ['authorized in the United States', choice('Are you legally authorized to work in the United States?'), 'workAuthorization'],
  ['authorized in Canada', choice('Are you legally eligible to work in Canada?'), 'workAuthorization'],
  ['work permit', choice('Do you have a valid work permit for the UK?'), 'workAuthorization'],
  ['right to work', choice('Do you have the right to work in the UK?'), 'workAuthorization'],
  ['authorized without sponsorship', choice('Are you authorized to work in the U.S. without the need for sponsorship?'), 'workAuthorization'],
  ['authorization as text', label('Are you legally authorized to work in the United States?'), 'workAuthorization'],
  ['authorization as radios', choice('Are you legally authorized to work in the country in which this job is located?', { control: 'radio-group' }), 'workAuthorization'],
  ['the Workday knockout', label('Are you legally authorized to work in the country where this position is located?', { control: 'listbox-button' }), 'workAuthorization'],
  ['sponsorship H-1B', choice('Will you now or in the future require sponsorship for employment visa status (e.g. H-1B visa status)?'), 'sponsorship'],
  ['sponsorship short', choice('Do you require visa sponsorship?'), 'sponsorship'],
  ['sponsorship that names authorization', choice('Will you now or in the future require sponsorship to be legally authorized to work in the US?'), 'sponsorship'],
  ['sponsorship listbox', label('Will you now, or in the future, require sponsorship for employment visa status?', { control: 'listbox-button' }), 'sponsorship'],
  ['relocation', choice('Are you willing to relocate?'), 'relocation'],
  ['relocation open', choice('Are you open to relocating to San Francisco?'), 'relocation'],
  ['relocation assistance is another question', choice('Do you require relocation assistance?'), 'unknown'],
  ['salary expectations', label('What are your salary expectations?'), 'salary'],
  ['desired salary', label('Desired Salary'), 'salary'],
  ['compensation expectations textarea', label('What are your compensation expectations for this role?', { control: 'textarea' }), 'salary'],
  ['expected annual salary', label('Expected annual salary (USD)', { inputType: 'number' }), 'salary'],
  ['current salary is not the expectation', label('What is your current salary?'), 'unknown'],
  ['earliest start date', label('Earliest start date'), 'startDate'],
  ['when can you start', label('When can you start?'), 'startDate'],
  ['available start date', label('Available start date', { inputType: 'date' }), 'startDate'],
  ['notice period', label('Notice period'), 'noticePeriod'],
  ['how much notice', label('How many weeks of notice do you need to give?'), 'noticePeriod'],
  ['how did you hear', label('How did you hear about us?', { control: 'select', options: options('LinkedIn') }), 'referralSource'],
  ['how did you first hear (Workday questionnaire)', label('How did you first hear about us?', { control: 'listbox-button' }), 'referralSource'],
  ['where did you first learn', label('Where did you first learn about this opening?', { control: 'select', options: options('LinkedIn') }), 'referralSource'],
  ['how did you hear about this job', label('How did you hear about this job?'), 'referralSource'],
  ['Workday source', label('How Did You Hear About Us?', { control: 'listbox-button', automationId: 'sourceSection_source' }), 'referralSource'],
  ['where did you find', label('Where did you find this job posting?'), 'referralSource'],
  ['18 or older is unknown', choice('Are you 18 years of age or older?'), 'unknown'],
  // The profile keeps no county: it is a part of the state, never the state itself.
  ['County is not the state', label('County', { htmlId: '-1_PersonProfileFields.AddressCounty', maxLength: 64 }), 'unknown'],
  ['County (select) is not the state', label('County', { control: 'select', options: options('Kings', 'Queens') }), 'unknown'],
  ['why here textarea', label('Why do you want to work here?', { control: 'textarea' }), 'unknown'],
  ['why this company', label('Why do you want to work at our company?', { control: 'textarea' }), 'unknown'],
  ['title-worded textarea', label('Current title', { control: 'textarea' }), 'unknown'],
  ['additional info', label('Additional Information', { control: 'textarea', name: 'comments' }), 'unknown'],
  ['Greenhouse custom question name alone', { name: 'job_application[answers_attributes][0][text_value]' }, 'unknown'],
  ['previously worked here', choice('Have you previously worked for this company?', { automationId: 'previousWorker' }), 'unknown'],
  ['accommodation', choice('Do you need a reasonable accommodation for a disability during the interview?'), 'unknown'],
  ['Skills', label('Skills', { control: 'textarea' }), 'skills'],
  ['Languages', label('Languages'), 'languages'],
  ['programming languages', label('Programming languages'), 'unknown'],
];

const EEO: Case[] = [
  ['Gender', label('Gender', { control: 'select' }), 'gender'],
  ['Greenhouse #gender', { control: 'select', htmlId: 'gender' }, 'gender'],
  ['Greenhouse classic job_application[gender]', { control: 'select', name: 'job_application[gender]' }, 'gender'],
  ['Lever eeo[gender]', { control: 'select', name: 'eeo[gender]' }, 'gender'],
  ['Gender identity radios', label('What is your gender identity?', { control: 'radio-group' }), 'gender'],
  ['Workday gender', label('Gender', { control: 'listbox-button', htmlId: 'personalInfoUS--gender' }), 'gender'],
  ['transgender is not gender', label('Do you identify as transgender?', { control: 'radio-group' }), 'unknown'],
  ['Are you Hispanic/Latino?', label('Are you Hispanic/Latino?', { control: 'select' }), 'hispanicOrLatino'],
  ['Greenhouse #hispanic_ethnicity', { control: 'select', htmlId: 'hispanic_ethnicity' }, 'hispanicOrLatino'],
  ['Greenhouse hispanic id with label', label('Are you Hispanic/Latino?', { control: 'combobox', htmlId: 'hispanic_ethnicity' }), 'hispanicOrLatino'],
  ['Workday hispanicOrLatino', label('Are you Hispanic or Latino?', { control: 'radio-group', automationId: 'hispanicOrLatino' }), 'hispanicOrLatino'],
  ['Race', label('Race', { control: 'select' }), 'race'],
  ['Please identify your race', label('Please identify your race', { control: 'combobox', htmlId: 'race' }), 'race'],
  ['Lever eeo[race]', { control: 'select', name: 'eeo[race]' }, 'race'],
  ['Workday ethnicity', label('Ethnicity', { control: 'listbox-button', htmlId: 'personalInfoUS--ethnicity' }), 'race'],
  ['Veteran status', label('Veteran Status', { control: 'select' }), 'veteran'],
  ['Greenhouse #veteran_status', { control: 'select', htmlId: 'veteran_status' }, 'veteran'],
  ['Lever eeo[veteran]', { control: 'select', name: 'eeo[veteran]' }, 'veteran'],
  ['protected veteran question', label('Please select the veteran status which most accurately describes your status', { control: 'listbox-button' }), 'veteran'],
  ['Disability status', label('Disability Status', { control: 'select' }), 'disability'],
  ['Greenhouse #disability_status', { control: 'select', htmlId: 'disability_status' }, 'disability'],
  ['Lever eeo[disability]', { control: 'select', name: 'eeo[disability]' }, 'disability'],
  ['CC-305 question', label('Please check one of the boxes below:', { control: 'checkbox-group', section: undefined, labels: ['Please check one of the boxes below:', SELF_ID] }), 'disability'],
  ['Lever disability signature', { name: 'eeo[disabilitySignature]' }, 'signatureName'],
  ['Lever disability signature date', { name: 'eeo[disabilitySignatureDate]' }, 'signatureDate'],
  ['Name on the self-identification form', { labels: ['Name', SELF_ID] }, 'signatureName'],
  ['Date on the self-identification form', { labels: ['Date', SELF_ID] }, 'signatureDate'],
  ['Workday disability name', label('Name', { htmlId: 'selfIdentifiedDisabilityData--name' }), 'signatureName'],
  ['Workday date signed', { control: 'date-split', htmlId: 'selfIdentifiedDisabilityData--dateSignedOn', dateParts: ['month', 'day', 'year'] }, 'signatureDate'],
  ['Signature', label('Signature'), 'signatureName'],
  ["Today's date", label("Today's Date"), 'signatureDate'],
];

const DOCUMENTS: Case[] = [
  ['Resume/CV', label('Resume/CV', { control: 'file' }), 'resume'],
  ['Greenhouse #resume', { control: 'file', htmlId: 'resume' }, 'resume'],
  ['Lever resume', { control: 'file', name: 'resume', htmlId: 'resume-upload-input' }, 'resume'],
  ['Ashby _systemfield_resume', { control: 'file', name: '_systemfield_resume' }, 'resume'],
  ['Résumé with accents', label('Résumé', { control: 'file' }), 'resume'],
  ['Cover Letter', label('Cover Letter', { control: 'file' }), 'coverLetter'],
  ['Greenhouse #cover_letter', { control: 'file', htmlId: 'cover_letter' }, 'coverLetter'],
  ['Ashby autofill from resume', label('Autofill from resume', { control: 'file' }), 'unknown'],
  ['resume paste textarea', label('Resume', { control: 'textarea' }), 'unknown'],
  ['unlabelled file input', { control: 'file' }, 'unknown'],
];

const NEVER: Case[] = [
  ['password', label('Password', { inputType: 'password' }), 'unknown'],
  ['password by name', { name: 'user[password]' }, 'unknown'],
  ['Workday beecatcher', { automationId: 'beecatcher' }, 'unknown'],
  ['captcha', label('Enter the characters you see', { name: 'captcha' }), 'unknown'],
  ['hcaptcha response', { control: 'textarea', name: 'h-captcha-response' }, 'unknown'],
  ['verification code', label('Verification code'), 'unknown'],
  ['social security number', label('Social Security Number'), 'unknown'],
  ['emergency contact name', label('Emergency contact name'), 'unknown'],
  ['Name in a References section', label('Name', { section: 'References 1', entryIndex: 0 }), 'unknown'],
  ['Email under an Emergency Contact legend', { labels: ['Email', 'Emergency Contact'] }, 'unknown'],
  ['a bare Title may be a salutation', label('Title'), 'unknown'],
  ['reference email', label("Reference's email"), 'unknown'],
  ['referrer first name', label('Referrer first name'), 'unknown'],
  ['first name as a textarea', label('First name', { control: 'textarea' }), 'unknown'],
  ['email as a checkbox', label('Email me about future jobs', { control: 'checkbox' }), 'unknown'],
  ['consent checkbox', label('I agree to the privacy notice', { control: 'checkbox' }), 'unknown'],
];

describe('classifyField', () => {
  it.each([...IDENTITY, ...CONTACT, ...ADDRESS, ...LINKS, ...ABOUT, ...CURRENT_JOB, ...WORK_ENTRIES, ...EDUCATION_ENTRIES, ...QUESTIONS, ...EEO, ...DOCUMENTS, ...NEVER])(
    '%s -> %s',
    (_title, description, expected) => {
      const result = classifyField(field(description));
      expect(result.kind, result.reason).toBe(expected);
      if (expected !== 'unknown') expect(result.confidence).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
    },
  );

  it.each<[string, Partial<FieldDescription>, number]>([
    ['autocomplete', { autocomplete: 'given-name' }, 0.9],
    ['stable id', { htmlId: 'first_name' }, 0.85],
    ['label', { labels: ['First name'] }, 0.8],
  ])('a %s is a strong signal', (_title, description, atLeast) => {
    expect(classifyField(field(description)).confidence).toBeGreaterThanOrEqual(atLeast);
  });

  it('trusts a placeholder alone less than a label', () => {
    const byPlaceholder = classifyField(field({ placeholder: 'First name' })).confidence;
    const byLabel = classifyField(field({ labels: ['First name'] })).confidence;
    expect(byPlaceholder).toBeLessThan(byLabel);
  });

  it('is surer when hints agree', () => {
    const agreed = classifyField(field({ labels: ['First name'], htmlId: 'first_name', autocomplete: 'given-name' }));
    expect(agreed.confidence).toBeGreaterThan(0.95);
  });

  it('ignores "on" and "off" and reads the last autocomplete token', () => {
    expect(classifyField(field({ autocomplete: 'off' })).kind).toBe('unknown');
    expect(classifyField(field({ autocomplete: 'section-apply shipping postal-code' })).kind).toBe('postalCode');
  });

  it('is less sure when strong hints disagree', () => {
    const result = classifyField(field({ labels: ['Email'], htmlId: 'first_name' }));
    expect(result).toMatchObject({ kind: 'firstName', reason: 'identifier (over email)' });
    expect(result.confidence).toBeLessThan(0.85);
  });

  it('says why it decided', () => {
    expect(classifyField(field({ htmlId: 'email', labels: ['Email'] })).reason).toMatch(/identifier\+label/);
  });
});

describe('saved answers', () => {
  const saved = profile({
    answers: [
      { question: 'Are you 18 years of age or older?', answer: 'Yes' },
      { question: 'What is your favourite programming language?', answer: 'TypeScript' },
    ],
  });

  it.each([
    ['the same question', 'Are you 18 years of age or older?', 0],
    ['the same words, other punctuation', 'Are you 18 years of age or older *', 0],
    ['nearly the same words', 'Are you 18 years of age or older? (required)', 0],
    ['a free-text question', 'What is your favourite programming language', 1],
  ])('%s is a saved answer', (_title, question, answerIndex) => {
    const result = classifyField(field({ labels: [question], control: 'select', options: options('Yes', 'No') }), saved);
    expect(result).toMatchObject({ kind: 'savedAnswer', answerIndex });
    expect(result.confidence).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
  });

  it.each([
    ['another age', 'Are you 21 years of age or older?'],
    ['another question', 'Do you have a driving licence?'],
    ['a short overlap', 'Are you older?'],
  ])('%s is not a saved answer', (_title, question) => {
    expect(classifyField(field({ labels: [question] }), saved).kind).toBe('unknown');
  });

  it('never beats a confident kind', () => {
    const withEmail = profile({ answers: [{ question: 'Email', answer: 'other@example.com' }] });
    expect(classifyField(field({ labels: ['Email'] }), withEmail).kind).toBe('email');
  });
});

describe('classifyFields', () => {
  it('asks the site rules first and falls back to the heuristics', () => {
    const fields = [field({ htmlId: 'custom_1' }), field({ labels: ['Email'] })];
    const result = classifyFields(fields, profile(), (candidate) =>
      candidate.htmlId === 'custom_1' ? { kind: 'linkedin', confidence: 1, reason: 'site rule' } : undefined,
    );
    expect(result.map((item) => item.classification.kind)).toEqual(['linkedin', 'email']);
  });
});
