import { readFileSync } from 'node:fs';
import { parse, type DocumentNode } from 'graphql';

/** A subgraph's `.graphql` file is its public contract; the code reads it rather than repeating it. */
export function loadTypeDefs(path: string): DocumentNode {
  return parse(readFileSync(path, 'utf8'));
}
