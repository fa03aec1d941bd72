/**
 * The last step of executing the standard query's plan alone, without HTTP or subgraphs: the
 * operation read from the document (as Apollo Gateway does per request), the merged data shaped into
 * the answer, the answer written as JSON. Run `iterations` times with one shaping:
 *   node test/bench/.../result-shaping.js [fast|apollo] [iterations]
 * Under `valgrind --tool=callgrind`, the difference of two runs (e.g. 200 and 400 iterations) divided by
 * the difference in iterations is that step's instructions per request (test/bench/README.md, "Issue 17 notes, request path").
 */
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { parse } from 'graphql';
import { computeResponseFast } from '@orebro/gateway/src/result-shaping/fast-result-shaping';
import { expectedAnswer } from './standard/expected';
import { standardQuery } from './standard/query';
import { composeStandardSupergraph } from './standard/supergraph';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const apollo = require('@apollo/gateway/dist/resultShaping') as { computeResponse: typeof computeResponseFast };

async function main(): Promise<void> {
  const [shaping = 'fast', iterations = '200'] = process.argv.slice(2);
  const shape = shaping === 'apollo' ? apollo.computeResponse : computeResponseFast;
  const urls = Object.fromEntries(['accounts', 'inventory', 'products', 'reviews'].map((name) => [name, `http://127.0.0.1/${name}`]));
  const apiSchema = Supergraph.build(composeStandardSupergraph(urls)).apiSchema();
  const document = parse(standardQuery);
  // The merged data of the fetches holds what the answer holds (here without the key fields the plan adds).
  const text = JSON.stringify(await expectedAnswer());
  let length = 0;
  for (let i = 0; i < Number(iterations); i++) {
    const input = JSON.parse(text) as Record<string, unknown>;
    const answer = shape({
      operation: operationFromDocument(apiSchema, document, { validate: false }),
      variables: {},
      input,
      introspectionHandling: () => null,
    });
    length += JSON.stringify(answer.data).length;
  }
  console.log(`${shaping}: ${iterations} answers, ${length / Number(iterations)} bytes each`);
}

void main();
