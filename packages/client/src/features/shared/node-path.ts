/** The dashboard address of a node, from the fields every node summary carries. */
export interface NodeRef {
  __typename?: string;
  id: string;
  reference?: string | null;
  key?: string | null;
  iso2?: string | null;
}

export function nodePath(node: NodeRef): string {
  const enc = encodeURIComponent;
  switch (node.__typename) {
    case 'Mission':
      return node.reference ? `/missions/${enc(node.reference)}` : `/node/${enc(node.id)}`;
    case 'Agreement':
      return node.reference ? `/agreements/${enc(node.reference)}` : `/node/${enc(node.id)}`;
    case 'Country':
      return node.iso2 ? `/countries/${enc(node.iso2)}` : `/node/${enc(node.id)}`;
    case 'Domain':
      return node.key ? `/domains/${enc(node.key)}` : `/node/${enc(node.id)}`;
    case 'Expert':
      return `/experts/${enc(node.id)}`;
    case 'Agency':
      return `/agencies/${enc(node.id)}`;
    default:
      return `/node/${enc(node.id)}`;
  }
}
