/**
 * The four standard subgraphs in one process (`node test/bench/standard/subgraphs-process.ts`).
 * Prints one JSON line `{ "accounts": "http://...", ... }` once all listen; SIGTERM stops it.
 * BENCH_SUBGRAPH_MEMO=0 turns off answering repeated requests from memory.
 */
import { serveSubgraph } from './subgraph-server';
import { subgraphNames, subgraphSchema } from './subgraphs';

async function main(): Promise<void> {
  const memo = process.env.BENCH_SUBGRAPH_MEMO !== '0';
  const urls: Record<string, string> = {};
  for (const name of subgraphNames) {
    const { port } = await serveSubgraph(subgraphSchema(name), 0, { memo });
    urls[name] = `http://127.0.0.1:${port}/graphql`;
  }
  process.stdout.write(`${JSON.stringify(urls)}\n`);
  process.on('SIGTERM', () => process.exit(0));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
