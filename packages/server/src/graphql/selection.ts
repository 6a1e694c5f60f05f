import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Names of the fields selected directly under the current field (through fragments and
 * inline fragments too), so that a resolver computes only what the query asks for.
 */
export function selectedFields(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) names.add(sel.name.value);
      else if (sel.kind === Kind.INLINE_FRAGMENT) walk(sel.selectionSet);
      else walk(info.fragments[sel.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet);
  return names;
}

/** What the selection helpers read of a resolver's info: the field's nodes and the document's fragments. */
export type SelectionOf = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

function collectFields(info: SelectionOf, set: SelectionSetNode | undefined, into: (field: FieldNode) => void): void {
  for (const sel of set?.selections ?? []) {
    if (sel.kind === Kind.FIELD) into(sel);
    else if (sel.kind === Kind.INLINE_FRAGMENT) collectFields(info, sel.selectionSet, into);
    else collectFields(info, info.fragments[sel.name.value]?.selectionSet, into);
  }
}

/**
 * The fields selected on the nodes of the connection being resolved, under `nodes { ... }`
 * and `edges { node { ... } }`, fragments included, in document order.
 */
export function nodeFieldNodes(info: SelectionOf): FieldNode[] {
  const out: FieldNode[] = [];
  const onNode = (field: FieldNode) => out.push(field);
  for (const node of info.fieldNodes) {
    collectFields(info, node.selectionSet, (field) => {
      if (field.name.value === 'nodes') collectFields(info, field.selectionSet, onNode);
      else if (field.name.value === 'edges') collectFields(info, field.selectionSet, (edgeField) => edgeField.name.value === 'node' && collectFields(info, edgeField.selectionSet, onNode));
    });
  }
  return out;
}

/** Names of the fields selected on the nodes of the connection being resolved (see nodeFieldNodes). */
export function selectedNodeFields(info: SelectionOf): string[] {
  return [...new Set(nodeFieldNodes(info).map((field) => field.name.value))];
}

/** What a connection's selection asks for beyond its nodes. */
export interface ConnectionNeeds {
  /** A cursor: `edges { cursor }`, `pageInfo { startCursor endCursor }`. */
  cursors: boolean;
  /** Whether more items follow or precede: `pageInfo { hasNextPage hasPreviousPage }`. */
  more: boolean;
  /** `totalCount`. */
  count: boolean;
}

const connectionSelections = new WeakMap<readonly FieldNode[], ConnectionNeeds>();

/**
 * What the connection being resolved has selected besides its nodes, fragments included.
 * Fixed by the document: remembered per field.
 */
export function connectionNeeds(info: SelectionOf): ConnectionNeeds {
  const known = connectionSelections.get(info.fieldNodes);
  if (known !== undefined) return known;
  const needs: ConnectionNeeds = { cursors: false, more: false, count: false };
  const collect = (set: SelectionSetNode | undefined, into: (field: FieldNode) => void) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) into(sel);
      else if (sel.kind === Kind.INLINE_FRAGMENT) collect(sel.selectionSet, into);
      else collect(info.fragments[sel.name.value]?.selectionSet, into);
    }
  };
  for (const node of info.fieldNodes) {
    collect(node.selectionSet, (field) => {
      if (field.name.value === 'totalCount') needs.count = true;
      else if (field.name.value === 'edges') {
        collect(field.selectionSet, (edgeField) => {
          if (edgeField.name.value === 'cursor') needs.cursors = true;
        });
      } else if (field.name.value === 'pageInfo') {
        collect(field.selectionSet, (infoField) => {
          const name = infoField.name.value;
          if (name === 'startCursor' || name === 'endCursor') needs.cursors = true;
          else if (name === 'hasNextPage' || name === 'hasPreviousPage') needs.more = true;
        });
      }
    });
  }
  connectionSelections.set(info.fieldNodes, needs);
  return needs;
}
