// Writes public/schema/design.v1.json from the document schema and the catalog: `npm run schema`.
import { writeFileSync } from 'node:fs';
import { designJsonSchemaText } from '../src/core/document/schemaJson';

const path = new URL('../public/schema/design.v1.json', import.meta.url);
writeFileSync(path, designJsonSchemaText());
console.log(`wrote ${path.pathname}`);
