import { readFileSync } from 'node:fs';
import { composeSupergraph } from '@orebro/gateway/src/compose';
import { supergraphFile } from '@orebro/gateway/src/subgraph-files';

describe('the committed supergraph', () => {
  it("is what `npm run compose` makes from the subgraphs' schema files now", () => {
    const committed = readFileSync(supergraphFile, 'utf8');
    expect(committed === composeSupergraph() ? 'up to date' : 'stale: run npm run compose and commit gateway/supergraph.graphql').toBe('up to date');
  });
});
