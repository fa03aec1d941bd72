import { readFileSync } from 'node:fs';
import { Kind, parse } from 'graphql';
import { GRAPH_SCALARS } from './graph-scalars';
import { supergraphFile } from './subgraph-files';

it('has a parser for every custom scalar the supergraph declares (federation machinery aside)', () => {
  const declared = parse(readFileSync(supergraphFile, 'utf8'))
    .definitions.filter((d) => d.kind === Kind.SCALAR_TYPE_DEFINITION)
    .map((d) => (d as { name: { value: string } }).name.value)
    .filter((name) => !/^(join|link)__/.test(name));
  expect(declared.length).toBeGreaterThan(0);
  expect(GRAPH_SCALARS.map((s) => s.name).sort()).toEqual(declared.sort());
});
