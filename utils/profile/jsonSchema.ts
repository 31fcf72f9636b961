import { z } from 'zod';
import { EnvelopeSchema } from './envelope';

/** docs/profile.schema.json, as scripts/gen-json-schema.ts writes it and its test expects it. */
export function renderEnvelopeJsonSchema(): string {
  // 'input': the schema describes files as they may be written, where defaulted fields are optional.
  const schema = z.toJSONSchema(EnvelopeSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
