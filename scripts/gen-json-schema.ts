// Regenerates docs/profile.schema.json from the zod schema: npx tsx scripts/gen-json-schema.ts
import { writeFileSync } from 'node:fs';
import { renderEnvelopeJsonSchema } from '../utils/profile/jsonSchema';

writeFileSync(new URL('../docs/profile.schema.json', import.meta.url), renderEnvelopeJsonSchema());
