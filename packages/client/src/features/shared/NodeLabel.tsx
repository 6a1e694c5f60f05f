import { graphql, type FragmentType, getFragmentData } from '../../gql';
import type { NodeLabel_NodeFragment } from '../../gql/graphql';
import { Link } from '../../app/router';
import { SyntheticBadge } from '../../ui/badges';
import { nodePath } from './node-path';

/** A link to any node with its name or title, and its synthetic badge. */
export const NodeLabel_node = graphql(`
  fragment NodeLabel_node on Node {
    __typename
    id
    ... on Agency { name acronym synthetic }
    ... on Agreement { reference title synthetic }
    ... on Mission { reference title synthetic }
    ... on Expert { name synthetic }
    ... on Country { iso2 name synthetic }
    ... on Domain { key label synthetic }
    ... on Person { name synthetic }
    ... on Source { key title synthetic }
    ... on PartnerDesignation { programme synthetic }
  }
`);

type Node = NodeLabel_NodeFragment;

export function nodeText(node: Node): string {
  switch (node.__typename) {
    case 'Agency':
      return node.acronym ? `${node.name} (${node.acronym})` : node.name;
    case 'Agreement':
    case 'Mission':
      return node.title;
    case 'Expert':
    case 'Person':
      return node.name;
    case 'Country':
      return node.name;
    case 'Domain':
      return node.label;
    case 'Source':
      return node.title;
    case 'PartnerDesignation':
      return node.programme ?? node.id;
    default:
      return node.id;
  }
}

export function nodeIsSynthetic(node: Node): boolean {
  return 'synthetic' in node ? Boolean(node.synthetic) : false;
}

export function NodeLabel(props: { node: FragmentType<typeof NodeLabel_node>; showType?: boolean }) {
  const node = getFragmentData(NodeLabel_node, props.node);
  return (
    <span className="node-label">
      <Link to={nodePath(node as never)}>{nodeText(node)}</Link>
      {props.showType ? <span className="muted small"> · {node.__typename}</span> : null}
      <SyntheticBadge synthetic={nodeIsSynthetic(node)} />
    </span>
  );
}
