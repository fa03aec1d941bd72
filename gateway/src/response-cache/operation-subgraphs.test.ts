import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { supergraphFile } from '../subgraph-files';
import { OperationSubgraphs } from './operation-subgraphs';

const subgraphs = new OperationSubgraphs(readFileSync(supergraphFile, 'utf8'));
const of = (query: string, operationName?: string) => subgraphs.of(parse(query), operationName);

describe('OperationSubgraphs: the subgraphs an answer may depend on, from the supergraph', () => {
  it('knows every subgraph of the supergraph', () => {
    expect(subgraphs.all).toEqual(['kommun', 'region', 'samverkan']);
  });

  it('names only the owner of fields one subgraph serves', () => {
    expect(of('{ bodies { id name } }')).toEqual(['samverkan']);
  });

  it('adds the subgraph an entity is completed from', () => {
    expect(of('query O($year: Int!) { huvudmen { id municipality { code population(year: $year) } } }')).toEqual(['kommun', 'samverkan']);
  });

  it('counts the fields of every fragment, spread or not (the safe side), and picks the named operation', () => {
    const document = 'query A { bodies { id } } query B { huvudmen { ...M } } fragment M on Huvudman { municipality { population(year: 2024) } }';
    expect(of(document, 'A')).toEqual(['kommun', 'samverkan']);
    expect(of('query B { huvudmen { ...M } } fragment M on Huvudman { municipality { population(year: 2024) } }')).toEqual(['kommun', 'samverkan']);
  });

  it('says every subgraph when the operation cannot be told', () => {
    expect(of('query A { bodies { id } } query B { bodies { id } }')).toEqual(['kommun', 'region', 'samverkan']);
  });
});
