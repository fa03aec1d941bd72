import { kommunCodes } from '@orebro/reference-data';

/** Where `npm start` runs each instance on one machine; the gateway's defaults point here. */
export const localPorts = {
  gateway: 4000,
  samverkan: 4001,
  region: 4002,
  /** The development OpenID Connect provider (packages/dev-identity-provider). */
  identity: 4100,
  /** Kommun 1880 listens on 4880, 1814 on 4814, and so on: the port tells the kommun. */
  kommun: (code: string) => 3000 + Number(code),
};

export const localUrl = (port: number) => `http://127.0.0.1:${port}/graphql`;

export const localKommunUrls = () => kommunCodes.map((code) => `${code}=${localUrl(localPorts.kommun(code))}`).join(',');
