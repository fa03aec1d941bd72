import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

/**
 * Typed documents from the committed supergraph: every `graphql(...)` call in src/ (operations live
 * beside the component that uses them) becomes a TypedDocumentNode in src/gql/. The persisted
 * documents (hash → exact text, with __typename added as the cache needs) are what the app sends and
 * what the gateway's trusted-documents manifest registers. `npm run codegen -w dashboard` rewrites
 * them; test/dashboard-codegen.test.ts fails when they are stale.
 */
const config: CodegenConfig = {
  schema: '../gateway/supergraph.graphql',
  documents: ['src/**/*.tsx', 'src/**/*.ts', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' } },
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: { enumsAsTypes: true, useTypeImports: true, skipTypename: false },
    },
  },
};
export default config;
