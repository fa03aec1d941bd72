/**
 * Writes an Apollo persisted-query manifest of the operations in examples/ (or the folders given):
 *   npm run trusted-documents -- [--out gateway/trusted-documents.json] [folder...]
 * Start the gateway with TRUSTED_DOCUMENTS=<that file> to serve those operations only.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { manifestOf } from '@orebro/gateway/src/limits/trusted-documents';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = resolve(outAt === -1 ? 'trusted-documents.json' : args[outAt + 1]);
const folders = args.filter((_a, i) => i !== outAt && i !== outAt + 1);
const sources = folders.length > 0 ? folders : [join(__dirname, '../examples')];

const operations = sources.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => ({ name: f.replace(/\.graphql$/, ''), body: readFileSync(join(dir, f), 'utf8') })),
);
writeFileSync(out, `${JSON.stringify(manifestOf(operations), null, 2)}\n`);
console.log(`wrote ${operations.length} operations to ${out}`);
