import { join } from 'node:path';
import { compileEntry } from '@orebro/local-federation';

export const repoRoot = join(__dirname, '../../..');

/**
 * A measured process runs plain `node file.js`, like a deployed one, without a TypeScript loader in
 * its memory: the entry compiled the way the local federation starts its services.
 */
export function precompile(entry: string): Promise<string> {
  return compileEntry(entry);
}
