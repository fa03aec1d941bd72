import { exampleHeaders, type Example } from '../../support/examples';

/** An example operation as the bench sends it: the JSON body, and the headers it needs. */
export interface ExampleRequest {
  body: string;
  headers: Record<string, string>;
}

/**
 * The example's request. An example of internal data (`# Token: huvudman=18`, the deviation views)
 * carries a development token for staff of that huvudman, as the example tests send it (exampleHeaders),
 * so it is measured like the public ones rather than refused. A request with a token is never shared in
 * flight with another at the gateway (ARCHITECTURE.md): those views are measured without that help.
 */
export async function exampleRequest(example: Example): Promise<ExampleRequest> {
  return { body: JSON.stringify({ query: example.query, variables: example.variables }), headers: await exampleHeaders(example) };
}
