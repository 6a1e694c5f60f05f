import {
  getNamedType,
  isLeafType,
  isListType,
  isNonNullType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  valueFromASTUntyped,
} from 'graphql';
import { MAX_PAGE_SIZE } from './connection';

/**
 * The cost of an operation: how many objects it can return at most, computed before it
 * runs, like GitHub's node limit. Each object field counts the objects it can return,
 * multiplied by the sizes of the lists above it: `first`/`last` for a connection (its
 * `edges` and `nodes` carry that size), the length of `ids` for `nodes(ids)`, and an
 * estimate for a plain list. Scalars are free; introspection counts as one object.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  listSizeEstimate: number,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return 0;

  const argument = (node: { arguments?: readonly { name: { value: string }; value: ValueNode }[] }, name: string): unknown => {
    const arg = node.arguments?.find((a) => a.name.value === name);
    return arg ? valueFromASTUntyped(arg.value, variables) : undefined;
  };

  const visit = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, multiplier: number, pageSize: number, seen: Set<string>): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) as GraphQLCompositeType | undefined) : parent;
        if (type) cost += visit(selection.selectionSet, type, multiplier, pageSize, seen);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        // A fragment that spreads itself is a validation error; never loop on it.
        if (!fragment || seen.has(fragment.name.value)) continue;
        const type = schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined;
        if (type) cost += visit(fragment.selectionSet, type, multiplier, pageSize, new Set([...seen, fragment.name.value]));
        continue;
      }
      const name = selection.name.value;
      if (name === '__schema' || name === '__type') {
        cost += 1;
        continue;
      }
      if (!('getFields' in parent)) continue;
      const field = (parent.getFields() as Record<string, GraphQLField<unknown, unknown>>)[name];
      if (!field) continue;
      const named = getNamedType(field.type);
      if (isLeafType(named) || !selection.selectionSet) continue;
      const type = isNonNullType(field.type) ? field.type.ofType : field.type;
      const first = argument(selection, 'first');
      const last = argument(selection, 'last');
      const ids = argument(selection, 'ids');
      let objects = 1;
      let childPageSize = 1;
      if (field.args.some((a) => a.name === 'first' || a.name === 'last')) {
        // A connection: one object here; its edges and nodes hold the page.
        const requested = [first, last].filter((v): v is number => typeof v === 'number');
        childPageSize = Math.min(Math.max(0, ...(requested.length ? requested : [MAX_PAGE_SIZE])), MAX_PAGE_SIZE);
      } else if (parent.name.endsWith('Connection') && (name === 'edges' || name === 'nodes')) {
        objects = pageSize;
      } else if (Array.isArray(ids)) {
        objects = ids.length;
      } else if (isListType(type)) {
        objects = listSizeEstimate;
      }
      const here = multiplier * objects;
      cost += here + visit(selection.selectionSet, named as GraphQLCompositeType, here, childPageSize, seen);
    }
    return cost;
  };
  return visit(operation.selectionSet, root, 1, 1, new Set());
}
