// Generates dist/article.schema.json from the built zod schema, so the JSON Schema is never hand-written.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toJsonSchema } from '../dist/schema/index.js';

const out = fileURLToPath(new URL('../dist/article.schema.json', import.meta.url));
writeFileSync(out, `${JSON.stringify(toJsonSchema(), null, 2)}\n`);
