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
  const blocked = localPortsInUse().find((port) => BLOCKED_PORTS.has(port + offset));
  if (blocked !== undefined) {
    throw new Error(
      `Invalid configuration: PORT_OFFSET=${raw} moves port ${blocked} to ${blocked + offset}, which browsers and Node's fetch refuse to reach (a "bad port" of the Fetch standard); choose another offset.`,
    );
  }
  return offset;
}

/**
 * The Fetch standard's "bad ports" above 1023 (fetch.spec.whatwg.org, "port blocking"): Chromium and
 * Node's fetch refuse them, so the app, the sign-in and npm start's own readiness checks could not reach
 * a service moved onto one (PORT_OFFSET=2000 put the gateway on 6000, the X11 port, and npm start waited
 * for it for ever).
 */
const BLOCKED_PORTS = new Set([1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080]);

export const localUrl = (port: number) => `http://127.0.0.1:${port}/graphql`;

export const localKommunUrls = () => kommunMember.shardKeys.map((code) => `${code}=${localUrl(kommunMember.localPort(code))}`).join(',');
