import { isMatchedUrl } from './matches';
import { describe, expect, it } from 'vitest';
import { siteRules } from '../fill/plan';
import { classifyFields } from '../core/classify';
import { planFill } from '../core/plan';
import { labelled, profile } from '../core/testing';
import { lever, type LeverField } from './lever';
import { cardFieldOf, companyName, generalQuestion, isOpenLinkSlot, kindOfName, linkKindOfLabel, parseCardTemplate } from './lever/fields';
import { locationQuery, pickLocation, recordsPick } from './lever/location';

describe('lever.matches', () => {
  it.each([
    ['https://jobs.lever.co/acme/0b7f0c3e-5d1a-4c7e-9a51-1f2e3d4c5b6a/apply', true],
    ['https://jobs.eu.lever.co/acme/0b7f0c3e-5d1a-4c7e-9a51-1f2e3d4c5b6a/apply', true],
    ['https://lever.co/jobs', false],
    ['https://jobs.lever.co.evil.example/acme/1/apply', false],
  ])('%s -> %s', (url, expected) => {
    expect(isMatchedUrl(new URL(url), lever.hosts)).toBe(expected);
  });
});

describe('kindOfName', () => {
  it.each([
    ['name', 'fullName'],
    ['email', 'email'],
    ['phone', 'phone'],
    ['location', 'location'],
    ['org', 'currentCompany'],
    ['resume', 'resume'],
    ['urls[LinkedIn]', 'linkedin'],
    ['urls[GitHub]', 'github'],
    ['urls[Twitter]', 'twitter'],
    ['eeo[gender]', 'gender'],
    ['eeo[race]', 'race'],
    ['eeo[veteran]', 'veteran'],
    ['eeo[disability]', 'disability'],
    ['eeo[disabilitySignature]', 'signatureName'],
    ['eeo[disabilitySignatureDate]', 'signatureDate'],
  ])('%s is %s', (name, kind) => {
    expect(kindOfName(name)).toBe(kind);
  });

  it.each(['comments', 'urls[Other]', 'urls[Portfolio]', 'cards[8f14e45f-ceea-4e7a-9c0b-2d6f1a3b5c71][field0]', 'selectedLocation', 'h-captcha-response', undefined])(
    'leaves %s to the label or the heuristics',
    (name) => {
      expect(kindOfName(name)).toBeUndefined();
    },
  );
});

describe('isOpenLinkSlot', () => {
  it.each([
    ['urls[Other]', true],
    ['urls[Portfolio]', true],
    ['urls[Quora]', true],
    ['urls[Github]', true],
    ['urls[LinkedIn]', false],
    ['urls[GitHub]', false],
    ['urls[Twitter]', false],
    ['comments', false],
    [undefined, false],
  ])('%s -> %s', (name, open) => {
    expect(isOpenLinkSlot(name)).toBe(open);
  });
});

describe('linkKindOfLabel', () => {
  it.each([
    ['Portfolio URL', 'website'],
    ['Portfolio / Website', 'website'],
    ['Personal website', 'website'],
    ['Website', 'website'],
    ['Your website URL', 'website'],
    ['Blog', 'website'],
    ['Github URL', 'github'],
    ['LinkedIn profile', 'linkedin'],
    ['Twitter URL', 'twitter'],
  ])('%s asks for the %s', (label, kind) => {
    expect(linkKindOfLabel(label)).toBe(kind);
  });

  it.each(['Other website', 'Other', 'Other URL', 'Additional link', 'Quora URL', 'Dribbble', 'GitHub or portfolio', ''])(
    '%j says nothing the profile answers',
    (label) => {
      expect(linkKindOfLabel(label)).toBeUndefined();
    },
  );
});

describe('lever.classify', () => {
  // The page is read once, by annotate; classify sees only what the field description says.
  const slot = (name: string, leverLinkLabel: string): LeverField => ({ ...labelled(leverLinkLabel, { name }), leverLinkLabel });

  it('gives an open link slot the link its label asks for, and leaves the rest', () => {
    expect(siteRules(lever, profile())!(slot('urls[Portfolio]', 'Portfolio URL'))).toMatchObject({ kind: 'website' });
    expect(siteRules(lever, profile())!(slot('urls[Other]', 'Personal website'))).toMatchObject({ kind: 'website' });
    expect(siteRules(lever, profile())!(slot('urls[Other]', 'Other website'))).toMatchObject({ kind: 'unknown', confidence: 1 });
    expect(siteRules(lever, profile())!(slot('urls[Github]', 'Github URL'))).toMatchObject({ kind: 'github' });
  });

  it('takes the location search as the location, whatever the input is named', () => {
    const search: LeverField = { ...labelled('Where do you live?', { name: 'candidate-location', control: 'combobox' }), leverLocationSearch: true };
    expect(siteRules(lever, profile())!(search)).toMatchObject({ kind: 'location' });
  });

  it('leaves card questions to the heuristics', () => {
    expect(siteRules(lever, profile())!(labelled('Are you willing to relocate?', { name: 'cards[abc][field0]', control: 'select' }))).toBeUndefined();
  });
});

describe('cardFieldOf', () => {
  it('reads the card and the field index', () => {
    expect(cardFieldOf('cards[8f14e45f-ceea-4e7a-9c0b-2d6f1a3b5c71][field12]')).toEqual({
      cardId: '8f14e45f-ceea-4e7a-9c0b-2d6f1a3b5c71',
      index: 12,
    });
  });

  it.each(['cards[abc][baseTemplate]', 'eeo[race]', 'surveysResponses[abc][responses][field0]', undefined])('ignores %s', (name) => {
    expect(cardFieldOf(name)).toBeUndefined();
  });
});

describe('parseCardTemplate', () => {
  const template = JSON.stringify({
    id: 'c9f0f895-fb98-4b91-8e4c-7a2d3e5f6a80',
    text: 'Getting to know you',
    type: 'posting',
    fields: [
      { type: 'textarea', text: ' Why do you want to work at Acme? ', required: true, id: 'x' },
      { type: 'dropdown', text: 'How did you hear about this job?', required: false, options: [{ text: 'LinkedIn', optionId: '1' }, { text: 'Other' }] },
      { type: 'multiple-choice', text: 'Legacy', options: ['Yes', 'No'] },
    ],
  });

  it('reads each field question, type, requirement and options', () => {
    expect(parseCardTemplate(template)).toEqual([
      { text: 'Why do you want to work at Acme?', type: 'textarea', required: true, options: [] },
      { text: 'How did you hear about this job?', type: 'dropdown', required: false, options: ['LinkedIn', 'Other'] },
      { text: 'Legacy', type: 'multiple-choice', required: false, options: ['Yes', 'No'] },
    ]);
  });

  it.each(['', '{', 'null', '{"fields": "none"}'])('yields nothing for %j', (json) => {
    expect(parseCardTemplate(json)).toEqual([]);
  });
});

describe('companyName', () => {
  const url = new URL('https://jobs.lever.co/globex-corp/3f6c2a1e-8b7d-4e9f-a0c1-5d2e4f6a8b9c/apply');
  it('takes the name from "<Company> - <Job title>"', () => {
    expect(companyName('Globex Corporation - Backend Engineer - Remote', url)).toBe('Globex Corporation');
  });
  it('falls back to the URL slug', () => {
    expect(companyName('Apply', url)).toBe('globex corp');
  });
});

describe('generalQuestion', () => {
  it.each([
    ['Why do you want to work at Acme?', 'Acme', 'Why do you want to work here?'],
    ['Why do you want to work for ACME?', 'Acme', 'Why do you want to work here?'],
    ['Why do you want to join Globex Corporation?', 'Globex Corporation', 'Why do you want to join us?'],
    ['What excites you about Acme?', 'Acme', 'What excites you about us?'],
  ])('%s -> %s', (question, company, expected) => {
    expect(generalQuestion(question, company)).toBe(expected);
  });

  it.each([
    ['Which Acme product would you most like to work on?', 'Acme'],
    ['Why do you want to work here?', 'Acme'],
    ['Why do you want to work at Acme?', undefined],
    ['Why do you want to work at Acmeville?', 'Acme'],
    ['What do you know about Acme’s products?', 'Acme'],
  ])('leaves %s alone (company %s)', (question, company) => {
    expect(generalQuestion(question, company)).toBeUndefined();
  });
});

describe('pickLocation', () => {
  const suggestions = [
    'New York, NY, United States',
    'New York Mills, MN, United States',
    'Newark, NJ, United States',
    'York, United Kingdom',
  ];

  it.each([
    ['New York, NY, United States', 'New York, NY, United States'],
    ['New York, New York, US', 'New York, NY, United States'],
    ['New York', 'New York, NY, United States'],
    ['York, UK', 'York, United Kingdom'],
  ])('%s picks %s', (wanted, expected) => {
    expect(pickLocation(suggestions, wanted)).toBe(expected);
  });

  it('reads the alpha-3 country codes live suggestions print, only as codes', () => {
    const live = ['Berlin, DEU', 'Berlin, NH, USA', 'São Paulo, BRA'];
    expect(pickLocation(live, 'Berlin, Germany')).toBe('Berlin, DEU');
    expect(pickLocation(live, 'São Paulo, Brazil')).toBe('São Paulo, BRA');
    expect(pickLocation(live, 'Berlin, Canada')).toBeUndefined();
    // A lower-case word that happens to be a code names no country.
    expect(pickLocation(['Toronto, can'], 'Toronto, Canada')).toBeUndefined();
  });

  it('picks nothing when the place is not offered', () => {
    expect(pickLocation(suggestions, 'New York, NY, Canada')).toBeUndefined();
    expect(pickLocation(suggestions, 'Boston, MA')).toBeUndefined();
  });

  it('picks nothing when two suggestions fit equally', () => {
    expect(pickLocation(['Springfield, IL, United States', 'Springfield, MA, United States'], 'Springfield, United States')).toBeUndefined();
  });

  it('reads suggestions as live ones are spelled: state codes, "USA", beside other towns of the name', () => {
    const live = ['Pittsburgh, PA, USA', 'Pittsburgh, ND, USA', 'West Pittsburgh, PA, USA'];
    expect(pickLocation(live, 'Pittsburgh, Pennsylvania, United States')).toBe('Pittsburgh, PA, USA');
    expect(pickLocation(['New York, NY, USA', 'West New York, NJ, USA'], 'New York, NY, United States')).toBe('New York, NY, USA');
  });

  it('picks nothing for a city offered only in other states or countries', () => {
    expect(pickLocation(['Astana, KAZ', 'Astana, Panjshir, AFG'], 'Astana')).toBeUndefined();
    expect(pickLocation(['Pittsburgh, PA, USA', 'Pittsburgh, ND, USA'], 'Pittsburgh, TX, United States')).toBeUndefined();
  });

  it('searches by the city alone', () => {
    expect(locationQuery('New York, NY, United States')).toBe('New York');
  });
});

describe('recordsPick', () => {
  it('holds the pick when Lever recorded that suggestion', () => {
    expect(recordsPick(JSON.stringify({ name: 'New York, NY, USA', id: 'ChIJ' }), 'New York, NY, USA')).toBe(true);
  });

  it('does not when the record is empty or names another place', () => {
    expect(recordsPick('', 'New York, NY, USA')).toBe(false);
    expect(recordsPick(JSON.stringify({ name: 'West New York, NJ, USA', id: 'x' }), 'New York, NY, USA')).toBe(false);
  });

  it('takes a record without a name once it is there', () => {
    expect(recordsPick('{"id":"ChIJ"}', 'New York, NY, USA')).toBe(true);
    expect(recordsPick('loc-42', 'New York, NY, USA')).toBe(true);
  });
});

describe('Lever fields through the engine', () => {
  const jordan = profile({
    personal: { firstName: 'Jordan', lastName: 'Rivera', address: { city: 'New York', region: 'NY', country: 'United States' } },
    application: { eeo: { disability: 'decline' } },
    answers: [{ question: 'Why do you want to work here?', answer: 'Reliable infrastructure.' }],
  });
  const plan = (...fields: Parameters<typeof labelled>[]) =>
    planFill(classifyFields(fields.map((args) => labelled(...args)), jordan, siteRules(lever, jordan)), jordan, {
      documents: ['resume'],
      today: '2026-11-27',
    });

  it('answers a card that names the company with the saved "here" answer', () => {
    const { actions } = plan(['Why do you want to work at Acme?', { control: 'textarea', labels: ['Why do you want to work at Acme?', 'Why do you want to work here?'] }]);
    expect(actions).toEqual([expect.objectContaining({ kind: 'savedAnswer', op: 'text', value: 'Reliable infrastructure.' })]);
  });

  it('signs the CC-305 form with the legal name and the date as the placeholder asks', () => {
    const { actions } = plan(
      ['Name', { name: 'eeo[disabilitySignature]', placeholder: 'Enter your full name' }],
      ['Date', { name: 'eeo[disabilitySignatureDate]', placeholder: 'MM/DD/YYYY' }],
    );
    expect(actions).toEqual([
      expect.objectContaining({ kind: 'signatureName', op: 'text', value: 'Jordan Rivera' }),
      expect.objectContaining({ kind: 'signatureDate', op: 'text', value: '11/27/2026' }),
    ]);
  });

  it('searches the location typeahead by city and accepts the full place', () => {
    const { actions } = plan(['Current location', { name: 'location', control: 'combobox' }]);
    expect(actions).toEqual([
      expect.objectContaining({ kind: 'location', op: 'choose', search: 'New York', accept: ['New York, NY, United States'] }),
    ]);
  });

  it('gives the website to the Portfolio slot and leaves "Other website", which the heuristics alone would fill', () => {
    const slot = (name: string, label: string): LeverField => ({ ...labelled(label, { name }), leverLinkLabel: label });
    const withWebsite = profile({ links: { website: 'https://jordan.example.com' } });
    const fields = [slot('urls[Portfolio]', 'Portfolio URL'), slot('urls[Other]', 'Other website')];
    const { actions, results } = planFill(classifyFields(fields, withWebsite, siteRules(lever, withWebsite)), withWebsite, { documents: [] });
    expect(actions).toEqual([expect.objectContaining({ ref: fields[0]!.ref, kind: 'website', value: 'https://jordan.example.com' })]);
    expect(results).toEqual([expect.objectContaining({ ref: fields[1]!.ref, outcome: { status: 'skipped', reason: 'unknown-field' } })]);
    expect(classifyFields([labelled('Other website', { name: 'urls[Other]' })], withWebsite)[0]?.classification.kind).toBe('website');
  });

  it('leaves the additional information box alone unless a saved answer asks it', () => {
    const comments = labelled('Additional information', { control: 'textarea', name: 'comments', placeholder: 'Add a cover letter or anything else you want to share.' });
    const withAnswer = profile({ answers: [{ question: 'Additional information', answer: 'Available from January.' }] });
    const planFor = (who: typeof jordan) =>
      planFill(classifyFields([comments], who, siteRules(lever, who)), who, { documents: [] }).actions;
    expect(planFor(jordan)).toEqual([]);
    expect(planFor(withAnswer)).toEqual([expect.objectContaining({ kind: 'savedAnswer', value: 'Available from January.' })]);
  });
});
