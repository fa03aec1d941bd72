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

/**
 * `npm start`'s ports shifted by `offset`: every instance and the identity provider move together, so
 * a second copy (or a machine where 4000-4885 are taken) runs beside the first. The services find each
 * other through the plan (the gateway's URLs, AUTH_ISSUER) and the app's sign-in follows AUTH_ISSUER;
 * the provider accepts the app's loopback redirect URIs on any port.
 */
export function localPortPlan(offset: number): (instance: string) => number {
  return (instance) => localPort(instance) + offset;
}

/** The lowest and highest port `npm start` uses unshifted. */
const lowest = () => Math.min(...localPortsInUse());
const highest = () => Math.max(...localPortsInUse());

function localPortsInUse(): number[] {
  return [localPorts.gateway, localPorts.identity, ...federationMembers.flatMap((m) => (m.sharded ? m.shardKeys.map(m.localPort) : [m.localPort]))];
}

/** PORT_OFFSET (default 0): an integer that keeps every port of `npm start` between 1024 and 65535. */
export function portOffsetFromEnv(env: Record<string, string | undefined>): number {
  const raw = env.PORT_OFFSET?.trim() || '0';
  const offset = Number(raw);
  const min = 1024 - lowest();
  const max = 65535 - highest();
  if (!/^-?\d+$/.test(raw) || offset < min || offset > max) {
    throw new Error(`Invalid configuration: PORT_OFFSET must be a whole number from ${min} to ${max} (every port of npm start shifted by it), got "${raw}".`);
  }
  return offset;
}

export const localUrl = (port: number) => `http://127.0.0.1:${port}/graphql`;

export const localKommunUrls = () => kommunMember.shardKeys.map((code) => `${code}=${localUrl(kommunMember.localPort(code))}`).join(',');
