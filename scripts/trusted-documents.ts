/**
 * Writes an Apollo persisted-query manifest of our own operations: the systemledning app's (the exact
 * texts it sends, from dashboard/src/gql/persisted-documents.json) and those in examples/ (or the
 * folders given):
 *   npm run trusted-documents -- [--out trusted-documents.json] [--no-app] [folder...]
 * Start the gateway with TRUSTED_DOCUMENTS=<that file> to serve those operations only.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Kind, parse } from 'graphql';
import { manifestOf } from '@orebro/gateway/src/request-policies/trusted-documents';

export const APP_PERSISTED_DOCUMENTS = join(__dirname, '../dashboard/src/gql/persisted-documents.json');

/** The app's operations, named by their operation name (unique across the app). */
export function appOperations(file = APP_PERSISTED_DOCUMENTS): { name: string; body: string }[] {
  const documents = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return Object.values(documents).map((body) => {
    const operation = parse(body).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    const name = operation?.kind === Kind.OPERATION_DEFINITION ? operation.name?.value : undefined;
    if (!name) throw new Error(`An app operation has no name: ${body.slice(0, 80)}`);
    return { name: `app/${name}`, body };
  });
}

/** The operations in the .graphql files of each folder, named by file. */
export function folderOperations(folders: string[]): { name: string; body: string }[] {
  return folders.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.graphql'))
      .sort()
      .map((f) => ({ name: f.replace(/\.graphql$/, ''), body: readFileSync(join(dir, f), 'utf8') })),
  );
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const out = resolve(outAt === -1 ? 'trusted-documents.json' : args[outAt + 1]!);
  const folders = args.filter((a, i) => i !== outAt && i !== outAt + 1 && !a.startsWith('--'));
  const operations = [
    ...(args.includes('--no-app') ? [] : appOperations()),
    ...folderOperations(folders.length > 0 ? folders : [join(__dirname, '../examples')]),
  ];
  writeFileSync(out, `${JSON.stringify(manifestOf(operations), null, 2)}\n`);
  console.log(`wrote ${operations.length} operations to ${out}`);
}
