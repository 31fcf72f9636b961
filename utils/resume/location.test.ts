import { describe, expect, it } from 'vitest';
import { cleanPlace, parsePlace, splitTrailingPlace } from './location';

describe('parsePlace', () => {
  it.each([
    ['Vienna, VA', { city: 'Vienna', region: 'VA', country: '' }],
    ['Austin, TX 78701', { city: 'Austin', region: 'TX', country: '' }],
    ['Austin, Texas', { city: 'Austin', region: 'Texas', country: '' }],
    ['Toronto, ON', { city: 'Toronto', region: 'ON', country: '' }],
    ['Berlin, Germany', { city: 'Berlin', region: '', country: 'Germany' }],
    ['São Paulo, Brazil', { city: 'São Paulo', region: '', country: 'Brazil' }],
    ['Seattle, Washington, United States · Hybrid', { city: 'Seattle', region: 'Washington', country: 'United States' }],
    ['Greater New York City Area', { city: 'New York City', region: '', country: '' }],
    ['San Francisco Bay Area', { city: 'San Francisco', region: '', country: '' }],
    ['Remote', { city: '', region: '', country: '' }],
  ])('%s', (text, place) => {
    expect(parsePlace(text)).toEqual(place);
  });

  it.each(['New York', 'Acme, Inc.', 'Phoenix', 'Software Engineer', 'HOOD RIVER CO.\tPortland, OR', 'Java, Go'])('%s is not recognised on its own', (text) => {
    expect(parsePlace(text)).toBeNull();
  });
});

describe('splitTrailingPlace', () => {
  it('splits a place off the end of a comma list', () => {
    expect(splitTrailingPlace('Acme Corp, San Francisco, CA')).toEqual({ rest: 'Acme Corp', place: 'San Francisco, CA' });
    expect(splitTrailingPlace('University of Michigan, Ann Arbor, MI')).toEqual({ rest: 'University of Michigan', place: 'Ann Arbor, MI' });
    expect(splitTrailingPlace('Acme, Inc.')).toBeNull();
  });
});

it('cleanPlace drops the work mode', () => {
  expect(cleanPlace('Seattle, Washington, United States · Hybrid')).toBe('Seattle, Washington, United States');
  expect(cleanPlace('Remote')).toBe('Remote');
});
