import { Kind, parse, type ASTNode, type DocumentNode } from 'graphql';
import persisted from '../gql/persisted-documents.json';

const operationName = (document: DocumentNode): string | undefined => {
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return operation?.kind === Kind.OPERATION_DEFINITION ? operation.name?.value : undefined;
};

/**
 * The exact text of each of the app's operations as registered in the gateway's trusted-documents
 * manifest (codegen's persisted documents, hash → text), by operation name. The app sends this text,
 * so a production gateway with TRUSTED_DOCUMENTS recognises it byte for byte.
 */
const byName = new Map<string, string>(
  Object.values(persisted as Record<string, string>).flatMap((text) => {
    const name = operationName(parse(text, { noLocation: true }));
    return name ? [[name, text] as const] : [];
  }),
);

/** The registered text of the operation in `document`; undefined for an operation not registered. */
export function registeredText(document: ASTNode): string | undefined {
  if (document.kind !== Kind.DOCUMENT) return undefined;
  const name = operationName(document);
  return name ? byName.get(name) : undefined;
}
