import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Kind, parse } from 'graphql';
import { HttpError } from '@orebro/http';

interface Manifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: { id: string; name: string; type: string; body: string }[];
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Trusted documents: a frontend registers its operations in an Apollo persisted-query manifest; the
 * gateway then serves only those, by hash (`extensions.persistedQuery.sha256Hash`) or by exact text.
 * The hash-only form is completed with the registered text.
 */
export function trustedDocuments(file: string) {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  if (manifest.format !== 'apollo-persisted-query-manifest') {
    throw new Error(`Invalid configuration: TRUSTED_DOCUMENTS ${file} is not an Apollo persisted-query manifest.`);
  }
  const byHash = new Map(manifest.operations.map((op) => [op.id, op.body]));
  return (body: Record<string, unknown>): void => {
    const hash = (body.extensions as { persistedQuery?: { sha256Hash?: string } } | undefined)?.persistedQuery?.sha256Hash;
    const query = typeof body.query === 'string' ? body.query : undefined;
    if (query !== undefined ? byHash.has(sha256(query)) : hash !== undefined && byHash.has(hash)) {
      if (query === undefined) body.query = byHash.get(hash!);
      return;
    }
    throw new HttpError(400, 'OPERATION_NOT_REGISTERED', 'This gateway serves registered operations only, and this operation is not registered.');
  };
}

/** Builds a manifest from operation texts (used by `npm run trusted-documents`). */
export function manifestOf(operations: { name: string; body: string }[]): Manifest {
  return {
    format: 'apollo-persisted-query-manifest',
    version: 1,
    operations: operations.map((op) => ({ id: sha256(op.body), name: op.name, type: operationType(op.body), body: op.body })),
  };
}

/** The kind of a document's operation; its fragments may come first (as codegen prints them). */
function operationType(body: string): string {
  const operation = parse(body, { noLocation: true }).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return operation?.kind === Kind.OPERATION_DEFINITION ? operation.operation : 'query';
}
