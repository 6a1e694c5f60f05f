import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { getNamedType, GraphQLError, Kind, TypeInfo, visit, visitWithTypeInfo, type GraphQLSchema } from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import { ErrorCode } from './errors';
import { MAX_PAGE_SIZE } from './connection';
import { documentMemo } from './document-cache';
import { operationVariables } from './variables';
import { immediatePlugin, type ImmediateListener } from './plugin-hooks';

/**
 * Checks every connection in an operation, variables included, before anything runs:
 * `first` or `last` is required and at most MAX_PAGE_SIZE. A violation is the client's
 * to fix, so it answers HTTP 400 with a sentence, not a partial result.
 */
export interface PageLimitProblem {
  message: string;
  argument: 'first' | 'last';
}

export function pageLimitViolation(schema: GraphQLSchema, document: Parameters<typeof visit>[0], variables: Record<string, unknown>): PageLimitProblem | null {
  const typeInfo = new TypeInfo(schema);
  let problem: PageLimitProblem | null = null;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (problem) return;
        const field = typeInfo.getFieldDef();
        if (!field || !/Connection$/.test(getNamedType(field.type).name) || !field.args.some((a) => a.name === 'first')) return;
        let args: Record<string, unknown>;
        try {
          args = getArgumentValues(field, node, variables);
        } catch {
          return; // GraphQL's own validation reports bad argument values
        }
        const where = `\`${node.alias?.value ?? node.name.value}\``;
        const first = args.first as number | null | undefined;
        const last = args.last as number | null | undefined;
        if (first == null && last == null) problem = { message: `Give \`first\` or \`last\` (at most ${MAX_PAGE_SIZE}) to page through ${where}.`, argument: 'first' };
        else if (first != null && last != null) problem = { message: `Give either \`first\` or \`last\` on ${where}, not both.`, argument: 'last' };
        else {
          const size = (first ?? last)!;
          const argument = first != null ? 'first' : 'last';
          if (size < 0 || size > MAX_PAGE_SIZE) problem = { message: `\`${argument}\` on ${where} must be between 0 and ${MAX_PAGE_SIZE}; got ${size}.`, argument };
        }
      },
    }),
  );
  return problem;
}

export function pageLimitsPlugin(): ApolloServerPlugin {
  const memo = documentMemo<PageLimitProblem | null>();
  // No state per request: every request shares one listener.
  const listener: ImmediateListener<BaseContext> = {
    didResolveOperation({ document, request, schema, operation }) {
      if (document.definitions.every((d) => d.kind !== Kind.OPERATION_DEFINITION)) return;
      const problem = memo(document, { operation: operation?.name?.value ?? null, variables: request.variables ?? null }, () =>
        pageLimitViolation(schema, document, operationVariables(schema, operation, request.variables)),
      );
      if (problem) {
        throw new GraphQLError(problem.message, { extensions: { code: ErrorCode.BAD_USER_INPUT, argument: problem.argument, http: { status: 400 } } });
      }
    },
  };
  return immediatePlugin({ requestDidStart: () => listener });
}
