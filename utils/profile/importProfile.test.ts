import { describe, expect, it } from 'vitest';
import { toEnvelope } from './envelope';
import { mergeJsonResume, parseProfileFile } from './importProfile';
import { emptyProfile, ProfileSchema } from './schema';
import { fullProfile, MALFORMED_FILES, sampleDocuments, validEnvelopeJson } from './testFixtures';

describe('parseProfileFile', () => {
  it('reads an export file back into the profile and files it came from', () => {
    const documents = sampleDocuments();
    const result = parseProfileFile(JSON.stringify(toEnvelope(fullProfile(), documents)));
    expect(result).toEqual({ ok: true, kind: 'envelope', profile: fullProfile(), documents });
  });

  it('reads an export of the first version, one unnamed document per role, naming each after its file and making it the default', () => {
    const file = validEnvelopeJson();
    file.documents = file.documents.map(({ role, name, type, data }: Record<string, string>) => ({ role, name, type, data }));
    const result = parseProfileFile(JSON.stringify(file));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.documents).toEqual(sampleDocuments().map((document) => ({ ...document, isDefault: true, headline: '', summary: '' })));
    expect(result.documents.map(({ label }) => label)).toEqual(['Jordan_Rivera_Resume', 'Cover letter']);
  });

  it('keeps the names, order, default and own texts of several resumes', () => {
    const [resume] = sampleDocuments();
    const documents = [
      { ...resume!, label: 'Data', isDefault: false, headline: 'Data engineer', summary: 'Pipelines.' },
      { ...resume!, id: 'backend-1', label: 'Backend', isDefault: true },
    ];
    const result = parseProfileFile(JSON.stringify(toEnvelope(fullProfile(), documents)));
    expect(result).toMatchObject({ ok: true, documents });
  });

  it('reads the example file of the issue', () => {
    const result = parseProfileFile(
      JSON.stringify({
        format: 'applyfill.profile',
        version: 1,
        exportedAt: '2026-11-27T12:00:00.000Z',
        resume: {
          basics: { name: 'Jordan Rivera', email: 'jordan@example.com', phone: '555 010 0100', profiles: [{ network: 'GitHub', url: 'https://github.com/j' }] },
          work: [{ name: 'Acme', position: 'Engineer', startDate: '2022-03' }],
          education: [{ institution: 'UT', studyType: 'BS', area: 'CS', score: '3.8' }],
          skills: [{ name: 'Web', keywords: ['HTML', 'CSS'] }],
          languages: [{ language: 'English', fluency: 'Native' }],
        },
        application: {
          firstName: 'Jordan', middleName: '', lastName: 'Rivera', preferredName: '', pronouns: '',
          phoneCountryCode: '+1', workAuthorization: { US: true }, requiresSponsorship: false, willingToRelocate: true,
          salaryExpectation: { amount: 200000, currency: 'USD', period: 'year' },
          earliestStartDate: '2027-01-04', noticePeriod: '2 weeks', referralSource: 'LinkedIn',
          eeo: { gender: 'decline', hispanicOrLatino: 'decline', race: 'decline', veteran: 'not-protected', disability: 'decline' },
          answers: [{ question: 'Why do you want to work here?', answer: '...' }],
        },
        documents: [{ role: 'resume', name: 'Jordan_Rivera_Resume.pdf', type: 'application/pdf', data: 'JVBERi0xLjQK' }],
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.profile.personal).toMatchObject({ firstName: 'Jordan', lastName: 'Rivera', phone: '555 010 0100', phoneCountryCode: '+1' });
    expect(result.profile.links.github).toBe('https://github.com/j');
    expect(result.profile.work[0]).toMatchObject({ company: 'Acme', current: true, endDate: '' });
    expect(result.profile.skills).toEqual(['Web', 'HTML', 'CSS']);
    expect(result.profile.application.eeo.veteran).toBe('not-protected');
    // A file of the first version: one unnamed resume, named after its file and made the default.
    expect(result.documents).toEqual([
      {
        role: 'resume',
        label: 'Jordan_Rivera_Resume',
        isDefault: true,
        headline: '',
        summary: '',
        name: 'Jordan_Rivera_Resume.pdf',
        type: 'application/pdf',
        size: 9,
        base64: 'JVBERi0xLjQK',
      },
    ]);
  });

  it('leaves every application answer unset when the file has none', () => {
    const file = validEnvelopeJson();
    file.application = {};
    const result = parseProfileFile(JSON.stringify(file));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.profile.application).toEqual(emptyProfile().application);
    expect(result.profile.answers).toEqual([]);
    // Without name parts, they are read from the full name.
    expect(result.profile.personal).toMatchObject({ firstName: 'Jordan', middleName: 'Avery Lee', lastName: 'Rivera' });
  });

  it('ignores fields it does not use, as JSON Resume documents have many', () => {
    const file = validEnvelopeJson();
    file.resume.basics.image = 'https://example.com/me.png';
    file.resume.projects = [{ name: 'Side project' }];
    file.resume.work[0].highlights = ['Shipped it'];
    file.futureField = true;
    expect(parseProfileFile(JSON.stringify(file))).toMatchObject({ ok: true, profile: fullProfile() });
  });

  it('accepts a file saved with a byte order mark', () => {
    expect(parseProfileFile(`\uFEFF${JSON.stringify(validEnvelopeJson())}`).ok).toBe(true);
  });

  it('reads a bare JSON Resume', () => {
    const result = parseProfileFile(
      JSON.stringify({
        $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
        basics: {
          name: 'Sam Q Lee',
          phone: '+44 20 7946 0958',
          location: { address: '1 High St\nFlat 2', city: 'London', countryCode: 'GB' },
          profiles: [
            { network: 'X', url: 'https://x.com/sam' },
            { network: 'linkedin', username: 'sam', url: 'https://linkedin.com/in/sam' },
            { network: 'Mastodon', url: 'https://mastodon.social/@sam' },
          ],
        },
        work: [{ name: 'Globex', position: 'CTO', startDate: '2020', endDate: '2024-06', highlights: ['ignored'] }],
        meta: { version: 'v1.0.0' },
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.kind).toBe('json-resume');
    expect(result.documents).toEqual([]);
    expect(result.profile.personal).toMatchObject({
      firstName: 'Sam', middleName: 'Q', lastName: 'Lee', phoneCountryCode: '+44', phone: '20 7946 0958',
      address: { line1: '1 High St', line2: 'Flat 2', city: 'London', region: '', postalCode: '', country: 'GB' },
    });
    expect(result.profile.links).toEqual({
      linkedin: 'https://linkedin.com/in/sam', github: '', twitter: 'https://x.com/sam', website: '',
      other: [{ label: 'Mastodon', url: 'https://mastodon.social/@sam' }],
    });
    expect(result.profile.work[0]).toMatchObject({ company: 'Globex', endDate: '2024-06', current: false });
  });

  describe.each(MALFORMED_FILES)('refuses $name', ({ text, path, message }) => {
    it('with an error naming the field and the problem', () => {
      const result = parseProfileFile(text());
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const [first] = result.errors;
      expect(first?.path).toBe(path);
      if (typeof message === 'string') expect(first?.message).toBe(message);
      else expect(first?.message).toMatch(message);
      // Written for people: no stack traces, no zod jargon.
      for (const error of result.errors) expect(error.message).not.toMatch(/\n\s+at |Invalid input|ZodError/);
    });
  });

  it('reports at most twenty problems, saying how many more there are', () => {
    const file = validEnvelopeJson();
    file.resume.work = Array.from({ length: 30 }, () => ({ name: 1 }));
    const result = parseProfileFile(JSON.stringify(file));
    if (result.ok) throw new Error('expected errors');
    expect(result.errors).toHaveLength(21);
    expect(result.errors[20]).toEqual({ path: '', message: '… and 10 more problems' });
  });

  it('leaves Object.prototype alone when refusing __proto__', () => {
    parseProfileFile('{"__proto__":{"polluted":true},"basics":{}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('mergeJsonResume', () => {
  const parse = (resume: object) => {
    const result = parseProfileFile(JSON.stringify(resume));
    if (!result.ok || result.kind !== 'json-resume') throw new Error('expected a JSON Resume');
    return result.profile;
  };

  it('keeps the application answers, saved answers, preferred name and pronouns', () => {
    const current = fullProfile();
    const merged = mergeJsonResume(current, parse({ basics: { name: 'Sam Lee', email: 'sam@example.com' }, work: [] }));
    expect(merged.application).toEqual(current.application);
    expect(merged.answers).toEqual(current.answers);
    expect(merged.personal).toMatchObject({ preferredName: 'Jo', pronouns: 'they/them', firstName: 'Sam', lastName: 'Lee', email: 'sam@example.com' });
    expect(merged.work).toEqual([]);
    expect(ProfileSchema.parse(merged)).toEqual(merged);
  });

  it("keeps the user's own name parts when the resume names the same person", () => {
    const current = fullProfile();
    const merged = mergeJsonResume(current, parse({ basics: { name: 'Jordan  Avery Lee Rivera' } }));
    expect(merged.personal).toMatchObject({ firstName: 'Jordan', middleName: 'Avery Lee', lastName: 'Rivera' });
  });

  it('keeps the phone country code unless the resume gives one', () => {
    const current = fullProfile();
    expect(mergeJsonResume(current, parse({ basics: { phone: '555 0199' } })).personal).toMatchObject({ phone: '555 0199', phoneCountryCode: '+1' });
    expect(mergeJsonResume(current, parse({ basics: { phone: '+33 1 23 45 67 89' } })).personal).toMatchObject({
      phone: '1 23 45 67 89',
      phoneCountryCode: '+33',
    });
  });
});
