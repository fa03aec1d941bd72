import { federationMembers, gatewayService, kommunMember } from './members';

/** Where `npm start` runs each instance on one machine (from the members list); the gateway's defaults point here. */
export const localPorts = {
  gateway: gatewayService.localPort,
  /** The development OpenID Connect provider (packages/dev-identity-provider), not a federation member. */
  identity: 4100,
};

/** The local port of an instance: `gateway`, a single member (`samverkan`) or a shard (`kommun-1880`). */
export function localPort(instance: string): number {
  if (instance in localPorts) return localPorts[instance as keyof typeof localPorts];
  for (const member of federationMembers) {
    if (!member.sharded && instance === member.name) return member.localPort;
    if (member.sharded && instance.startsWith(`${member.name}-`)) return member.localPort(instance.slice(member.name.length + 1));
  }
  throw new Error(`No local port for "${instance}": it is neither the gateway nor an instance of a federation member.`);
}

export const localUrl = (port: number) => `http://127.0.0.1:${port}/graphql`;

export const localKommunUrls = () => kommunMember.shardKeys.map((code) => `${code}=${localUrl(kommunMember.localPort(code))}`).join(',');
