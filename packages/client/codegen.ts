import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for every query, mutation and fragment in src/ (run `pnpm codegen`
// after changing one; the generated folder is committed so a build needs no codegen).
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};
export default config;
