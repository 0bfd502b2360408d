import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents for the tests (and for any TypeScript frontend that copies this setup):
 * `graphql(...)` calls in test/ are typed from the committed schema.graphql.
 */
const config: CodegenConfig = {
  schema: './schema.graphql',
  documents: ['test/**/*.ts', '!test/generated/**'],
  ignoreNoDocuments: true,
  emitLegacyCommonJSImports: false,
  generates: {
    './test/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true },
    },
  },
};

export default config;
