import { kommunCodes, REGION_ID } from '@orebro/reference-data';

/**
 * The federation's members: every subgraph the gateway composes and routes to, written once. The
 * gateway's configuration and routing, `npm run compose`, `npm start` (the local federation), the
 * service build, migrations, the whole-federation tests, the benchmark and the deployment checks all
 * read this list.
 *
 * Adding a subgraph: its folder under subgraphs/ (package.json whose entry is src/subgraph.ts,
 * tsconfig.json, src/main.ts, src/subgraph.ts, src/schema.graphql) and one entry here. Then `npm run compose`; test/members.test.ts
 * and test/deployment/ name each file that cannot read this list and still lacks it (tsconfig.json's
 * references, docker-compose.yml, the Dockerfile, deploy/postgres/init/01-instances.sh).
 */
interface MemberCommon {
  /** The subgraph's name in the supergraph; also its instance name (`<name>-<key>` per shard). */
  name: string;
  /** Its workspace folder, from the repository root; the process entry is `<folder>/src/main.ts`. */
  folder: string;
  /** Its package name; the package's entry (`<folder>/src/subgraph.ts`) exports its definition and starts nothing. */
  packageName: string;
  /** Its process entry, from the repository root. */
  entry: string;
  /** Folders of `.graphql` files composed with `<folder>/src`, from the repository root (the shared reporting contract). */
  sharedSchemaDirs: string[];
  /** The function its package (`<folder>/src/subgraph.ts`) exports that returns its definition (`(shardKey?) => SubgraphDefinition`). */
  definition: string;
  /** The gateway's configuration variable with its URL; for a sharded member `<key>=<url>,...`. */
  urlVariable: string;
}

/** A subgraph run as one instance. */
export interface SingleMember extends MemberCommon {
  sharded: false;
  /** Where `npm start` runs it. */
  localPort: number;
  /** The error extensions a client sees when it does not answer. */
  unavailable: Record<string, string>;
}

/** One code base deployed once per shard key: the gateway scatters and gathers (packages/sharded-source). */
export interface ShardedMember extends MemberCommon {
  sharded: true;
  /** Every shard key (all instances `npm start` runs). */
  shardKeys: readonly string[];
  /** The variable that tells an instance its shard key. */
  shardKeyVariable: string;
  /** Argument and key field names that carry the shard key in operations (routing rules 1, 3 and 4). */
  shardKeyArguments: string[];
  /** The error extension naming a missing shard (`extensions.huvudman = "1862"`), with code HUVUDMAN_UNAVAILABLE. */
  shardExtension: string;
  /** Where `npm start` runs the instance for a shard key. */
  localPort: (key: string) => number;
}

export type FederationMember = SingleMember | ShardedMember;

const REPORTING_SCHEMA = 'packages/huvudman-reporting/src/schema';
/** Deviation records: served by the region and every kommun, joined by samverkan. */
const DEVIATION_RECORDS_SCHEMA = 'packages/huvudman-reporting/src/deviation-records-schema';

export const samverkanMember: SingleMember = {
  name: 'samverkan',
  folder: 'subgraphs/samverkan',
  packageName: '@orebro/samverkan',
  entry: 'subgraphs/samverkan/src/main.ts',
  sharedSchemaDirs: [DEVIATION_RECORDS_SCHEMA],
  definition: 'samverkanSubgraph',
  urlVariable: 'SAMVERKAN_URL',
  sharded: false,
  localPort: 4001,
  unavailable: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'samverkan' },
};

export const regionMember: SingleMember = {
  name: 'region',
  folder: 'subgraphs/region',
  packageName: '@orebro/region',
  entry: 'subgraphs/region/src/main.ts',
  sharedSchemaDirs: [REPORTING_SCHEMA, DEVIATION_RECORDS_SCHEMA],
  definition: 'regionSubgraph',
  urlVariable: 'REGION_URL',
  sharded: false,
  localPort: 4002,
  // The region is a huvudman: its data missing is reported like a kommun's.
  unavailable: { code: 'HUVUDMAN_UNAVAILABLE', huvudman: REGION_ID },
};

export const kommunMember: ShardedMember = {
  name: 'kommun',
  folder: 'subgraphs/kommun',
  packageName: '@orebro/kommun',
  entry: 'subgraphs/kommun/src/main.ts',
  sharedSchemaDirs: [REPORTING_SCHEMA, DEVIATION_RECORDS_SCHEMA],
  definition: 'kommunSubgraph',
  urlVariable: 'KOMMUN_URLS',
  sharded: true,
  shardKeys: kommunCodes,
  shardKeyVariable: 'KOMMUN_CODE',
  shardKeyArguments: ['code', 'kommunCode'],
  shardExtension: 'huvudman',
  /** Kommun 1880 listens on 4880, 1814 on 4814, and so on: the port tells the kommun. */
  localPort: (code) => 3000 + Number(code),
};

/** In composition order. */
export const federationMembers: readonly FederationMember[] = [samverkanMember, regionMember, kommunMember];

export const singleMembers = federationMembers.filter((m): m is SingleMember => !m.sharded);

/** The gateway itself: its entry and where `npm start` runs it. */
export const gatewayService = { name: 'gateway', entry: 'gateway/src/main.ts', localPort: 4000 } as const;

/** What the local federation (packages/local-federation) runs: every member and the gateway. */
export const localFederation = { members: federationMembers, gatewayEntry: gatewayService.entry };

/** Every instance name: the gateway, each single member, `<name>-<key>` for each shard of a sharded one. */
export function instanceNames(shardKeys?: readonly string[]): string[] {
  return [gatewayService.name, ...federationMembers.flatMap((m) => (m.sharded ? (shardKeys ?? m.shardKeys).map((key) => `${m.name}-${key}`) : [m.name]))];
}
