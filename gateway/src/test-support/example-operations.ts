import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ExampleOperation {
  /** The file's name without `.graphql`, e.g. `grant-chain`. */
  name: string;
  query: string;
  /** From the `.json` file beside it; `{}` when there is none. */
  variables: Record<string, unknown>;
}

const examplesDir = join(__dirname, '../../../examples');

/** Every operation in examples/ (the graph's real operations, which the whole-federation tests also run), sorted by name. */
export function exampleOperations(): ExampleOperation[] {
  return readdirSync(examplesDir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.graphql$/, '');
      const variablesFile = join(examplesDir, `${name}.json`);
      return {
        name,
        query: readFileSync(join(examplesDir, file), 'utf8'),
        variables: existsSync(variablesFile) ? (JSON.parse(readFileSync(variablesFile, 'utf8')) as Record<string, unknown>) : {},
      };
    });
}
