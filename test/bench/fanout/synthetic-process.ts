/**
 * Synthetic shards for the fan-out curve (`SYNTHETIC_SHARDS=48`): one process serving the real
 * samverkan, region and kommun subgraph schemas (the committed schema files) with in-memory data for
 * N synthetic kommuner, each on its own port like a real instance. The register lists the region and
 * the N kommuner; each kommun shard answers for its own code only, as a real instance does.
 * Prints one JSON line `{ samverkan, region, shards: [{ key, url }] }`. SIGTERM stops it.
 */
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { subgraphSources } from '@orebro/gateway/src/subgraph-files';
import { readSchemaFiles } from '@orebro/subgraph-kit';
import { serveSubgraph } from '../standard/subgraph-server';
import { syntheticKommuner, type SyntheticKommun } from './synthetic-data';

/** A member's real schema (its committed schema files, as `npm run compose` reads them) over these resolvers. */
function schemaOf(name: string, resolvers: Record<string, unknown>) {
  const source = subgraphSources.find((s) => s.name === name)!;
  return buildSubgraphSchema({ typeDefs: parse(readSchemaFiles(source.dir, source.sharedDirs)), resolvers: resolvers as never });
}

async function main(): Promise<void> {
  const kommuner = syntheticKommuner(Number(process.env.SYNTHETIC_SHARDS ?? 48));
  const lansdel = (k: SyntheticKommun) => ({ id: k.lansdel, name: `Länsdel ${k.lansdel}` });
  const huvudmen = [
    { id: '18', name: 'Region Örebro län', kind: 'REGION', lansdel: null, municipality: null },
    ...kommuner.map((k) => ({ id: k.code, name: k.name, kind: 'MUNICIPALITY', lansdel: lansdel(k), municipality: { code: k.code } })),
  ];
  const samverkan = schemaOf('samverkan', {
    Query: { huvudmen: () => huvudmen, huvudman: (_: unknown, { id }: { id: string }) => huvudmen.find((h) => h.id === id) ?? null },
  });
  const region = schemaOf('region', {});
  const memo = { memo: true };
  const samverkanPort = (await serveSubgraph(samverkan, 0, memo)).port;
  const regionPort = (await serveSubgraph(region, 0, memo)).port;
  const shards: { key: string; url: string }[] = [];
  for (const kommun of kommuner) {
    const own = (ref: { code?: string }) => (ref.code === kommun.code ? { code: kommun.code, name: kommun.name } : null);
    const schema = schemaOf('kommun', {
      Query: { municipality: (_: unknown, { code }: { code: string }) => own({ code }), municipalities: () => [own({ code: kommun.code })] },
      Municipality: {
        __resolveReference: own,
        population: (_m: unknown, { year }: { year: number }) => kommun.population[year] ?? null,
        populations: () => Object.entries(kommun.population).map(([year, value]) => ({ year: Number(year), value, source: 'Exempeldata', isExample: true })),
      },
    });
    shards.push({ key: kommun.code, url: `http://127.0.0.1:${(await serveSubgraph(schema, 0, memo)).port}/graphql` });
  }
  const url = (port: number) => `http://127.0.0.1:${port}/graphql`;
  process.stdout.write(`${JSON.stringify({ samverkan: url(samverkanPort), region: url(regionPort), shards })}\n`);
  process.on('SIGTERM', () => process.exit(0));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
