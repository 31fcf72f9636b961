import { describe, expect, it } from 'vitest';
import { matchQuestions, questionMeaning } from './questions';

describe('matchQuestions: the same question in other words', () => {
  it.each([
    ['Are you at least 18 years of age?', 'Are you 18 or older?'],
    ['Are you 18 years of age or older?', 'Are you 18 or older?'],
    ['Are you over the age of 18?', 'Are you at least 18 years old?'],
    ['Are you 18+?', 'Are you eighteen years or older?'],
    ['I am 18 years of age or older', 'Are you 18 or over?'],
    ['Are you legally authorized to work in the United States?', 'Are you legally eligible to work in the US?'],
    ['Are you eligible to work in the U.S.?', 'Are you authorised to work in the USA?'],
    ['Do you have the right to work in the United Kingdom?', 'Are you legally permitted to work in the UK?'],
    ['Will you require visa sponsorship?', 'Do you need sponsorship?'],
    ['Are you open to working from our office three days a week?', 'Would you be willing to work in the office 3 days per week?'],
    ['Are you comfortable working onsite 3 days per week?', 'Are you willing to work in the office three days each week?'],
    ['Are you willing to relocate?', 'Are you open to relocation?'],
    ['Are you willing to relocate to Austin?', 'Would you be open to relocating to Austin?'],
    ['Do you have experience with Kubernetes?', 'Have you worked with Kubernetes?'],
    ['Do you have experience with Kubernetes?', 'Do you have professional experience using Kubernetes?'],
    ['Do you have experience with Kubernetes?', 'Have you used Kubernetes before?'],
    ['How many years of experience do you have with Kubernetes?', 'How many years have you worked with Kubernetes?'],
    ['How many years of experience do you have with Kubernetes?', 'Years of experience with Kubernetes'],
    ['How many years of Python experience do you have?', 'Number of years of Python experience'],
    ['Do you have a valid driver’s license?', 'Do you hold a current driving licence?'],
    ['Are you willing to undergo a background check?', 'Would you be willing to submit to a background screening?'],
    ['Are you willing to take a drug test?', 'Are you open to a drug screening?'],
    ['Have you previously worked at Acme?', 'Have you worked here before?'],
    ['Why do you want to work at Example Corp?', 'Why do you want to work here?'],
    ['Which of our offices could you work from? (select all that apply)', 'Which of our offices could you work from?'],
    ['What are your preferred pronouns?', 'Preferred pronouns'],
    ['Describe your experience with Kubernetes', 'Tell us about your Kubernetes experience'],
    ['Are you willing to travel up to 25% of the time?', 'Are you able to travel up to 25 percent of the time?'],
    ['Are you available to work weekends?', 'Are you willing to work on weekends?'],
    ['Do you currently hold an active security clearance?', 'Do you hold an active security clearance?'],
    ['Are you 18 years of age or older? (Yes or No)', 'Are you 18 or older?'],
    ['Can you work overtime when needed?', 'Are you able to work overtime when required?'],
    ['Are you willing to work night shifts?', 'Would you be comfortable working night shifts?'],
    ['Do you have at least 5 years of experience with Python?', 'Do you have 5+ years of Python experience?'],
    ['Are you willing to work 40 hours per week?', 'Can you work 40 hours a week?'],
    ['Are you currently located in the Bay Area?', 'Do you currently live in the Bay Area?'],
  ])('"%s" is "%s"', (asked, saved) => {
    const match = matchQuestions(asked, saved);
    expect(match, match.reason).toMatchObject({ same: true });
    expect(match.confidence).toBeGreaterThanOrEqual(0.8);
    // The relation is symmetric: which of the two was saved does not matter.
    expect(matchQuestions(saved, asked).same).toBe(true);
  });
});

describe('matchQuestions: questions that only look alike', () => {
  it.each([
    ['a count is not a yes or no', 'How many years of experience do you have with Kubernetes?', 'Do you have experience with Kubernetes?', /form/],
    ['a count is not a yes or no, however worded', 'Years of experience with Kubernetes', 'Have you used Kubernetes?', /form/],
    ['another tool', 'Do you have experience with Kubernetes?', 'Do you have experience with Docker?', /subject/],
    ['another tool, counted', 'How many years of experience do you have with Kubernetes?', 'How many years of experience do you have with Docker?', /subject/],
    ['another language', 'Years of experience (Python)', 'Years of experience (Java)', /subject/],
    ['another age', 'Are you 18 or older?', 'Are you 21 or older?', /figures/],
    ['an age and no age', 'Are you 18 or older?', 'Are you older?', /figures|subject/],
    ['over and under an age', 'Are you 18 or older?', 'Are you under 18?', /subject/],
    ['another number of days', 'Are you open to working from our office three days a week?', 'Are you open to working from our office two days a week?', /figures/],
    ['another share of travel', 'Are you willing to travel up to 25% of the time?', 'Are you willing to travel up to 50% of the time?', /figures/],
    ['a negation', 'Do you require sponsorship?', 'Do you not require sponsorship?', /negation/],
    ['without', 'Can you work in the US without sponsorship?', 'Can you work in the US with sponsorship?', /negation/],
    ['unable and able', 'Are you unable to work weekends?', 'Are you able to work weekends?', /negation/],
    ['never', 'Have you ever been convicted of a felony?', 'Have you never been convicted of a felony?', /negation/],
    ['another country', 'Are you legally authorized to work in the United States?', 'Are you legally authorized to work in Canada?', /subject/],
    ['another city', 'Are you willing to relocate to Austin?', 'Are you willing to relocate to Denver?', /subject/],
    ['relocating is not travelling', 'Are you willing to relocate?', 'Are you willing to travel?', /subject/],
    ['another office presence', 'Are you willing to work in the office?', 'Are you willing to work remotely?', /subject/],
    ['why here and why leave', 'Why do you want to work here?', 'Why do you want to leave your current job?', /subject/],
    ['another currency', 'Salary expectations (USD)', 'Salary expectations (EUR)', /subject/],
    ['a licence and a car', 'Do you have a valid driver’s license?', 'Do you have a car?', /subject/],
    ['a licence and a CDL', 'Do you have a valid driver’s license?', 'Do you have a commercial driver’s license?', /subject/],
    ['a check and a test', 'Are you willing to undergo a background check?', 'Are you willing to take a drug test?', /subject/],
    ['a clearance and its level', 'Do you hold a security clearance?', 'Do you hold a top secret security clearance?', /subject/],
    ['sponsorship and authorisation', 'Will you require visa sponsorship?', 'Are you authorized to work in the US?', /subject/],
    ['an open question and a yes or no', 'Why do you want to work here?', 'Do you want to work here?', /form/],
    ['which offices and whether an office', 'Which of our offices could you work from?', 'Could you work from our office?', /form/],
    ['experience and willingness', 'Do you have experience with Kubernetes?', 'Are you willing to learn Kubernetes?', /subject/],
    ['worked here and worked with', 'Have you worked here before?', 'Have you worked with Kubernetes?', /subject/],
    ['another employer relation', 'Have you previously worked at Acme?', 'Do you know anyone who works at Acme?', /subject|wording/],
    ['another shift', 'Are you willing to work night shifts?', 'Are you willing to work weekend shifts?', /subject/],
    ['a count in years and one in hours', 'How many years have you used Kubernetes?', 'How many hours per week can you work?', /subject/],
    ['another minimum of experience', 'Do you have at least 5 years of experience with Python?', 'Do you have at least 3 years of experience with Python?', /figures/],
    ['a minimum of experience is not an age', 'Do you have 5+ years of Python experience?', 'Are you 5 or older?', /form|figures|subject/],
    ['another notice', 'Can you start within 2 weeks?', 'Can you start within 30 days?', /figures/],
    ['another length of notice', 'Is your notice period longer than 1 month?', 'Is your notice period longer than 3 months?', /figures/],
    ['a pronoun and a name', 'What are your preferred pronouns?', 'What is your preferred name?', /subject/],
    ['nothing to compare', 'Are you?', 'Are you?', /subject/],
    ['an empty question', '', 'Are you 18 or older?', /empty/],
  ])('%s: "%s" is not "%s"', (_title, asked, saved, reason) => {
    const match = matchQuestions(asked, saved);
    expect(match).toMatchObject({ same: false, confidence: 0 });
    expect(match.reason).toMatch(reason);
    expect(matchQuestions(saved, asked).same).toBe(false);
  });
});

describe('questionMeaning', () => {
  it('reads the parts that change what is asked', () => {
    expect(questionMeaning('How many years of experience do you have with Kubernetes?')).toEqual({
      form: 'count',
      negated: false,
      numbers: [],
      subject: ['kubernete', 'year'],
      words: ['experience', 'kubernete', 'year'],
    });
    expect(questionMeaning('Are you open to working from our office three days a week?')).toEqual({
      form: 'yesNo',
      negated: false,
      numbers: ['3'],
      subject: ['3', 'day', 'office', 'week'],
      words: ['3', 'day', 'office', 'week', 'will'],
    });
    expect(questionMeaning('Are you not 18 or older?')).toMatchObject({ form: 'yesNo', negated: true, numbers: ['18'], subject: ['18', 'agemin'] });
  });
});
