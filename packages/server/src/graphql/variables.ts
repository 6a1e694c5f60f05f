import type { GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';

/**
 * The operation's variables as execution will see them: coerced, with the defaults the
 * operation declares (`$n: Int! = 2` left out is 2). Checks that run before execution (page
 * sizes, cost) read these, not the raw request. When the variables are invalid, the raw ones:
 * execution refuses them with its own error.
 */
export function operationVariables(schema: GraphQLSchema, operation: OperationDefinitionNode | null | undefined, given: Record<string, unknown> | undefined): Record<string, unknown> {
  const definitions = operation?.variableDefinitions ?? [];
  if (definitions.length === 0) return given ?? {};
  const coerced = getVariableValues(schema, definitions, given ?? {}, { maxErrors: 1 });
  return coerced.coerced ?? given ?? {};
}
