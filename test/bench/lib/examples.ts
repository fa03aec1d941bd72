import { mintDevelopmentToken } from '@orebro/huvudman-auth';
import type { Example } from '../../support/examples';

/** An example operation as the bench sends it: the JSON body, and the headers it needs. */
export interface ExampleRequest {
  body: string;
  headers: Record<string, string>;
}

/**
 * The example's request. An example of internal data (`# Token: huvudman=18`, the deviation views)
 * carries a development token for staff of that huvudman, as the example tests send it, so it is
 * measured like the public ones rather than refused. A request with a token is never shared in flight
 * with another at the gateway (ARCHITECTURE.md): those views are measured without that help.
 */
export async function exampleRequest(example: Example): Promise<ExampleRequest> {
  const body = JSON.stringify({ query: example.query, variables: example.variables });
  if (!example.staffOf) return { body, headers: {} };
  return { body, headers: { authorization: `Bearer ${await mintDevelopmentToken({ huvudman: example.staffOf })}` } };
}
