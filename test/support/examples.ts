import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mintDevelopmentToken } from '@orebro/huvudman-auth';

export const examplesDir = join(__dirname, '../../examples');

export interface Example {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /**
   * Internal data needs a token: the huvudman of a staff member, from a first line `# Token: huvudman=18`
   * (documentation for the reader, and the caller the example test mints a development token for).
   */
  staffOf?: string;
}

/** `examples/NAME.graphql`, with its variables from `examples/NAME.json` when that file exists. */
export function loadExamples(): Example[] {
  return readdirSync(examplesDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.graphql$/, '');
      const variablesFile = join(examplesDir, `${name}.json`);
      const query = readFileSync(join(examplesDir, file), 'utf8');
      const staffOf = /^# Token: huvudman=(\d+)/.exec(query)?.[1];
      return {
        name,
        query,
        ...(staffOf ? { staffOf } : {}),
        variables: existsSync(variablesFile) ? (JSON.parse(readFileSync(variablesFile, 'utf8')) as Record<string, unknown>) : undefined,
      };
    });
}

/**
 * The headers an example is sent with: for an example of internal data (`staffOf`), a development token
 * for staff of that huvudman (`Authorization: Bearer ...`); none for a public one.
 */
export async function exampleHeaders({ staffOf }: Pick<Example, 'staffOf'>): Promise<Record<string, string>> {
  return staffOf ? { authorization: `Bearer ${await mintDevelopmentToken({ huvudman: staffOf })}` } : {};
}

export function example(name: string): Example {
  const found = loadExamples().find((e) => e.name === name);
  if (!found) throw new Error(`No example named ${name} in ${examplesDir}.`);
  return found;
}
