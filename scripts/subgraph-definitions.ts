import { join } from 'node:path';
import { federationMembers, type FederationMember } from '@orebro/gateway/src/members';
import type { SubgraphDefinition } from '@orebro/subgraph-kit';

const repoRoot = join(__dirname, '..');

export interface SubgraphCodeBase {
  member: FederationMember;
  /** The member's workspace folder, from the repository root. */
  folder: string;
  definition: SubgraphDefinition<unknown>;
}

/** A member's definition (a sharded one's for `shardKey`, by default its first), from the function its `src/server.ts` exports. */
export async function subgraphDefinition(member: FederationMember, shardKey?: string): Promise<SubgraphDefinition<unknown>> {
  // Loaded by path from the members list, so a new member needs no line here (and nothing loads before it is asked for).
  const server = (await import(join(repoRoot, member.folder, 'src', 'server'))) as Record<string, (shardKey?: string) => SubgraphDefinition<unknown>>;
  const define = server[member.definition];
  if (typeof define !== 'function') throw new Error(`${member.folder}/src/server.ts exports no function ${member.definition} (named in gateway/src/members.ts).`);
  return define(member.sharded ? (shardKey ?? member.shardKeys[0]) : undefined);
}

/** One definition per subgraph code base, with its folder, for every member. */
export async function subgraphCodeBases(): Promise<SubgraphCodeBase[]> {
  return Promise.all(federationMembers.map(async (member) => ({ member, folder: member.folder, definition: await subgraphDefinition(member) })));
}
