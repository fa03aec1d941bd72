import { federationMembers, type FederationMember } from '@orebro/gateway/src/members';
import type { SubgraphDefinition } from '@orebro/subgraph-kit';

export interface SubgraphCodeBase {
  member: FederationMember;
  /** The member's workspace folder, from the repository root. */
  folder: string;
  definition: SubgraphDefinition<unknown>;
}

/** A member's definition (a sharded one's for `shardKey`, by default its first), from the function its package (`src/subgraph.ts`) exports. */
export function subgraphDefinition(member: FederationMember, shardKey?: string): SubgraphDefinition<unknown> {
  // Loaded by the package name the members list gives, so a new member needs no line here; synchronously, so
  // tests can list each definition's cases when jest collects them; only when asked for, so
  // create-migrations can rewrite the migration indexes first.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a package known only at run time (see above)
  const subgraph = require(member.packageName) as Record<string, (shardKey?: string) => SubgraphDefinition<unknown>>;
  const define = subgraph[member.definition];
  if (typeof define !== 'function')
    throw new Error(`${member.packageName} (${member.folder}/src/subgraph.ts) exports no function ${member.definition} (named in gateway/src/members.ts).`);
  return define(member.sharded ? (shardKey ?? member.shardKeys[0]) : undefined);
}

/** One definition per subgraph code base, with its folder, for every member. */
export function subgraphCodeBases(): SubgraphCodeBase[] {
  return federationMembers.map((member) => ({ member, folder: member.folder, definition: subgraphDefinition(member) }));
}
