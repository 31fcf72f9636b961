import { z } from 'zod';
import { fullName, splitFullName } from './contact';
import { userMessages } from './errors';
import {
  AddressSchema,
  EducationEntrySchema,
  LinkSchema,
  LinksSchema,
  PartialDateSchema,
  PersonalSchema,
  ProfileSchema,
  WorkEntrySchema,
  type Address,
  type Links,
  type Profile,
} from './schema';

/*
 * The subset of a JSON Resume (jsonresume.org) document the profile maps to. Fields are the
 * profile's own schemas under JSON Resume's names, so a valid file always maps to a valid
 * profile; fields JSON Resume has and the profile does not are ignored, not refused.
 */

/**
 * Reports a value the mapping derives (a split name, a flattened list) against the profile's
 * own schema, at the path in the file where the user can fix it.
 */
function checkDerived(
  ctx: z.RefinementCtx,
  schema: z.ZodType,
  value: unknown,
  path: PropertyKey[],
  explain: (message: string) => string,
): void {
  const result = schema.safeParse(value, { error: userMessages });
  for (const issue of result.error?.issues ?? []) {
    ctx.addIssue({ code: 'custom', path, message: explain(issue.message) });
  }
}

const NamePartsSchema = PersonalSchema.pick({ firstName: true, middleName: true, lastName: true });

/** For files that only give a full name: its split parts must fit the profile's name fields. */
export function checkNameSplit(ctx: z.RefinementCtx, name: string, path: PropertyKey[]): void {
  checkDerived(ctx, NamePartsSchema, splitFullName(name), path, (message) => `as a first, middle or last name, ${message}`);
}

function joinAddress({ line1, line2 }: Pick<Address, 'line1' | 'line2'>): string {
  return line2 ? `${line1}\n${line2}` : line1;
}

/** The first line is line 1 and the rest is line 2, so a line 2 of several lines survives. */
function splitAddress(address: string): Pick<Address, 'line1' | 'line2'> {
  const newline = address.indexOf('\n');
  return newline < 0
    ? { line1: address, line2: '' }
    : { line1: address.slice(0, newline), line2: address.slice(newline + 1) };
}

const AddressLinesSchema = AddressSchema.pick({ line1: true, line2: true });

const LocationSchema = z
  .object({
    address: z.string().default('').meta({ description: 'Address line 1, then a newline and line 2 when there is one' }),
    postalCode: AddressSchema.shape.postalCode,
    city: AddressSchema.shape.city,
    region: AddressSchema.shape.region,
    countryCode: AddressSchema.shape.country.meta({ description: 'The country as the user wrote it' }),
  })
  .superRefine(({ address }, ctx) =>
    checkDerived(ctx, AddressLinesSchema, splitAddress(address), ['address'], (message) => `each line ${message}`),
  );

const NAMED_NETWORKS = ['linkedin', 'github', 'twitter'] as const;
type NamedNetwork = (typeof NAMED_NETWORKS)[number];

const NETWORK_LABELS: Readonly<Record<NamedNetwork, string>> = {
  linkedin: 'LinkedIn',
  github: 'GitHub',
  twitter: 'Twitter',
};

const NETWORK_ALIASES: Readonly<Record<NamedNetwork, readonly string[]>> = {
  linkedin: ['linkedin'],
  github: ['github'],
  twitter: ['twitter', 'x', 'twitter/x'],
};

function namedNetwork(label: string): NamedNetwork | undefined {
  const key = label.trim().toLowerCase();
  return NAMED_NETWORKS.find((network) => NETWORK_ALIASES[network].includes(key));
}

const ResumeProfileSchema = z.object({ network: LinkSchema.shape.label, url: LinkSchema.shape.url });
type ResumeProfile = z.output<typeof ResumeProfileSchema>;

/**
 * An "other" link labelled like a named network would be read back as that network, so when
 * one exists the named network is written first, with an empty url if need be, to claim it.
 */
function linksToProfiles(links: Links): ResumeProfile[] {
  const claimed = new Set(links.other.map((link) => namedNetwork(link.label)));
  const named = NAMED_NETWORKS.filter((network) => links[network] !== '' || claimed.has(network)).map(
    (network) => ({ network: NETWORK_LABELS[network], url: links[network] }),
  );
  return [...named, ...links.other.map(({ label, url }) => ({ network: label, url }))];
}

/** The first profile of each named network fills its field; every other profile is an "other" link. */
function profilesToLinks(profiles: readonly ResumeProfile[], website: string): Links {
  const links: Links = { linkedin: '', github: '', twitter: '', website, other: [] };
  const seen = new Set<NamedNetwork>();
  for (const { network, url } of profiles) {
    const named = namedNetwork(network);
    if (named && !seen.has(named)) {
      seen.add(named);
      links[named] = url;
    } else {
      links.other.push({ label: network, url });
    }
  }
  return links;
}

const BasicsSchema = z.object({
  name: z.string().default(''),
  label: PersonalSchema.shape.headline,
  email: PersonalSchema.shape.email,
  phone: PersonalSchema.shape.phone.meta({ description: 'The national number; the country code is application.phoneCountryCode' }),
  url: LinksSchema.shape.website,
  summary: PersonalSchema.shape.summary,
  location: LocationSchema.prefault({}),
  profiles: z
    .array(ResumeProfileSchema)
    .default([])
    .superRefine((profiles, ctx) =>
      checkDerived(
        ctx,
        LinksSchema.shape.other,
        profilesToLinks(profiles, '').other,
        [],
        (message) => `besides LinkedIn, GitHub and Twitter, ${message}`,
      ),
    ),
});

const ResumeWorkSchema = z.object({
  name: WorkEntrySchema.shape.company,
  position: WorkEntrySchema.shape.title,
  location: WorkEntrySchema.shape.location,
  startDate: WorkEntrySchema.shape.startDate,
  endDate: PartialDateSchema.unwrap().optional().meta({ description: 'Absent for a current job' }),
  summary: WorkEntrySchema.shape.description,
});

const ResumeEducationSchema = z.object({
  institution: EducationEntrySchema.shape.school,
  studyType: EducationEntrySchema.shape.degree,
  area: EducationEntrySchema.shape.field,
  startDate: EducationEntrySchema.shape.startDate,
  endDate: EducationEntrySchema.shape.endDate,
  score: EducationEntrySchema.shape.gpa,
});

const SkillNameSchema = ProfileSchema.shape.skills.unwrap().element;

const ResumeSkillSchema = z.object({
  name: SkillNameSchema.default(''),
  keywords: z.array(SkillNameSchema).default([]),
});
type ResumeSkill = z.output<typeof ResumeSkillSchema>;

/** JSON Resume groups skills ("Frontend": React, CSS); the profile keeps one flat list. */
function flattenSkills(skills: readonly ResumeSkill[]): string[] {
  return skills.flatMap(({ name, keywords }) =>
    keywords.length === 0 ? [name] : [...(name === '' ? [] : [name]), ...keywords],
  );
}

// Array limits repeat the profile's (a test holds them equal) so that an oversized file is
// refused before each of its entries is checked.
export const JsonResumeSchema = z.object({
  basics: BasicsSchema.prefault({}),
  work: z.array(ResumeWorkSchema).max(100).default([]),
  education: z.array(ResumeEducationSchema).max(50).default([]),
  skills: z
    .array(ResumeSkillSchema)
    .max(500)
    .default([])
    .superRefine((skills, ctx) =>
      checkDerived(ctx, ProfileSchema.shape.skills, flattenSkills(skills), [], (message) => `counting keywords, ${message}`),
    ),
  languages: ProfileSchema.shape.languages,
});

export type JsonResume = z.output<typeof JsonResumeSchema>;
export type JsonResumeFile = z.input<typeof JsonResumeSchema>;

export function profileToResume(profile: Profile): JsonResumeFile {
  const { personal, links } = profile;
  const { address } = personal;
  return {
    basics: {
      name: fullName(personal),
      label: personal.headline,
      email: personal.email,
      phone: personal.phone,
      url: links.website,
      summary: personal.summary,
      location: {
        address: joinAddress(address),
        postalCode: address.postalCode,
        city: address.city,
        region: address.region,
        countryCode: address.country,
      },
      profiles: linksToProfiles(links),
    },
    work: profile.work.map((entry) => ({
      name: entry.company,
      position: entry.title,
      location: entry.location,
      startDate: entry.startDate,
      // JSON Resume has no "current" flag: a missing end date is how it says so.
      ...(entry.current ? {} : { endDate: entry.endDate }),
      summary: entry.description,
    })),
    education: profile.education.map((entry) => ({
      institution: entry.school,
      studyType: entry.degree,
      area: entry.field,
      startDate: entry.startDate,
      endDate: entry.endDate,
      // Optional in JSON Resume: left out rather than written empty.
      ...(entry.gpa ? { score: entry.gpa } : {}),
    })),
    skills: profile.skills.map((name) => ({ name })),
    languages: profile.languages.map(({ language, fluency }) => ({ language, fluency })),
  };
}

/**
 * The profile a JSON Resume describes. What a resume cannot hold (application answers,
 * pronouns, the phone's country code) is left empty for the caller to fill in.
 */
export function resumeToProfile(resume: JsonResume): Profile {
  const { basics } = resume;
  const { location } = basics;
  return ProfileSchema.parse({
    personal: {
      ...splitFullName(basics.name),
      headline: basics.label,
      summary: basics.summary,
      email: basics.email,
      phone: basics.phone,
      address: {
        ...splitAddress(location.address),
        city: location.city,
        region: location.region,
        postalCode: location.postalCode,
        country: location.countryCode,
      },
    },
    links: profilesToLinks(basics.profiles, basics.url),
    work: resume.work.map((entry) => ({
      company: entry.name,
      title: entry.position,
      location: entry.location,
      startDate: entry.startDate,
      endDate: entry.endDate ?? '',
      current: entry.endDate === undefined,
      description: entry.summary,
    })),
    education: resume.education.map((entry) => ({
      school: entry.institution,
      degree: entry.studyType,
      field: entry.area,
      startDate: entry.startDate,
      endDate: entry.endDate,
      gpa: entry.score,
    })),
    skills: flattenSkills(resume.skills),
    languages: resume.languages,
  });
}
