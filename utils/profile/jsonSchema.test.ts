import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderEnvelopeJsonSchema } from './jsonSchema';

describe('docs/profile.schema.json', () => {
  it('is what the zod schema generates (run `npx tsx scripts/gen-json-schema.ts` after changing it)', () => {
    const committed = readFileSync(new URL('../../docs/profile.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(renderEnvelopeJsonSchema());
  });
});
