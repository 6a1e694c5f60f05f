import { useApolloClient, useQuery } from '@apollo/client/react';
import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { Link } from '../../app/router';
import { SyntheticBadge } from '../../ui/badges';
import { ErrorMessage, Loading, Empty } from '../../ui/states';
import { NodeLabel_node, nodeIsSynthetic, nodeText } from '../shared/NodeLabel';
import { nodePath } from '../shared/node-path';

export const NetworkGraph_neighborhood = graphql(`
  fragment NetworkGraph_neighborhood on Neighborhood {
    truncated
    nodes { ...NodeLabel_node }
    edges { kind from { id } to { id } }
  }
`);

const NetworkPageQuery = graphql(`
  query NetworkPage($id: ID!) {
    neighborhood(id: $id, depth: 1, limit: 60) { ...NetworkGraph_neighborhood }
  }
`);

const TYPE_COLOURS: Record<string, string> = {
  Agency: '#1d4ed8',
  Agreement: '#7c3aed',
  Mission: '#c2410c',
  Expert: '#047857',
  Country: '#0e7490',
  Domain: '#a16207',
  Person: '#be185d',
  Source: '#4b5563',
  PartnerDesignation: '#0f766e',
};

interface GraphNode {
  id: string;
  type: string;
  label: string;
  synthetic: boolean;
  path: string;
}
interface GraphEdge {
  id: string;
  from: string;
  to: string;
  kind: string;
}

/** A node's neighbourhood: click a node to expand it, filter by type, open its page. */
export default function NetworkPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(NetworkPageQuery, { variables: { id } });
  const [nodes, setNodes] = useState<Map<string, GraphNode>>(new Map());
  const [edges, setEdges] = useState<Map<string, GraphEdge>>(new Map());
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const [selected, setSelected] = useState<string>(id);
  const [truncated, setTruncated] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);

  const merge = (hood: FragmentType<typeof NetworkGraph_neighborhood> | null | undefined, from: string) => {
    if (!hood) return;
    const n = getFragmentData(NetworkGraph_neighborhood, hood);
    setTruncated((x) => x || n.truncated);
    setNodes((prev) => {
      const next = new Map(prev);
      for (const raw of n.nodes) {
        const node = getFragmentData(NodeLabel_node, raw);
        next.set(node.id, { id: node.id, type: node.__typename, label: nodeText(node), synthetic: nodeIsSynthetic(node), path: nodePath(node as never) });
      }
      return next;
    });
    setEdges((prev) => {
      const next = new Map(prev);
      for (const e of n.edges) {
        const key = `${e.from.id}|${e.kind}|${e.to.id}`;
        next.set(key, { id: key, from: e.from.id, to: e.to.id, kind: e.kind });
      }
      return next;
    });
    setExpanded((prev) => new Set(prev).add(from));
  };

  useEffect(() => {
    setNodes(new Map());
    setEdges(new Map());
    setExpanded(new Set());
    setSelected(id);
  }, [id]);
  useEffect(() => {
    if (data?.neighborhood) merge(data.neighborhood, id);
  }, [data, id]);

  const expand = async (nodeId: string) => {
    setSelected(nodeId);
    if (expanded.has(nodeId)) return;
    const result = await client.query({ query: NetworkPageQuery, variables: { id: nodeId } });
    merge(result.data?.neighborhood, nodeId);
  };

  const types = useMemo(() => [...new Set([...nodes.values()].map((n) => n.type))].sort(), [nodes]);
  const visible = [...nodes.values()].filter((n) => !hidden.has(n.type) || n.id === id);

  // Draw with cytoscape; re-layout when the visible graph changes.
  useEffect(() => {
    if (!container.current) return;
    const ids = new Set(visible.map((n) => n.id));
    const elements = [
      ...visible.map((n) => ({ data: { id: n.id, label: n.label.length > 40 ? `${n.label.slice(0, 38)}…` : n.label, colour: TYPE_COLOURS[n.type] ?? '#334155' } })),
      ...[...edges.values()].filter((e) => ids.has(e.from) && ids.has(e.to)).map((e) => ({ data: { id: e.id, source: e.from, target: e.to, label: e.kind } })),
    ];
    if (!cy.current) {
      cy.current = cytoscape({
        container: container.current,
        style: [
          { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', 'font-size': 10, color: '#111827', 'text-wrap': 'wrap', 'text-max-width': '120px', width: 18, height: 18 } },
          { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#111827' } },
          { selector: 'edge', style: { width: 1.2, 'line-color': '#9ca3af', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#9ca3af' } },
        ],
        maxZoom: 2,
      });
      cy.current.on('tap', 'node', (event) => {
        void expandRef.current(event.target.id() as string);
      });
    }
    cy.current.elements().remove();
    cy.current.add(elements);
    cy.current.layout({ name: 'cose', animate: false, fit: true, padding: 20 } as never).run();
  }, [visible.length, edges.size]); // eslint-disable-line react-hooks/exhaustive-deps

  const expandRef = useRef(expand);
  expandRef.current = expand;
  useEffect(() => () => cy.current?.destroy(), []);

  if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  const start = nodes.get(id);
  const current = nodes.get(selected);
  return (
    <>
      <h1>{t('network.title', { name: start?.label ?? '…' })}</h1>
      {loading && !data ? <Loading /> : null}
      {data && !data.neighborhood ? <Empty>{t('detail.notFound')}</Empty> : null}
      <div className="network-layout">
        <div>
          <fieldset className="type-filter">
            <legend>{t('network.showTypes')}</legend>
            {types.map((type) => (
              <label key={type}>
                <input
                  type="checkbox"
                  checked={!hidden.has(type)}
                  onChange={(e) =>
                    setHidden((prev) => {
                      const next = new Set(prev);
                      if (e.target.checked) next.delete(type);
                      else next.add(type);
                      return next;
                    })
                  }
                />{' '}
                <span className="legend-swatch" style={{ background: TYPE_COLOURS[type] }} /> {t(`type.${type}`, { defaultValue: type })}
              </label>
            ))}
          </fieldset>
          <div ref={container} className="network-canvas" role="img" aria-label={t('network.canvasLabel', { count: visible.length })} data-node-count={visible.length} />
          {truncated ? <p className="muted small">{t('network.truncated')}</p> : null}
        </div>
        <aside className="panel network-side" aria-labelledby="network-nodes">
          {current ? (
            <div className="network-selected">
              <h2>{current.label}</h2>
              <p className="muted">
                {t(`type.${current.type}`, { defaultValue: current.type })} <SyntheticBadge synthetic={current.synthetic} />
              </p>
              <Link className="button" to={current.path}>
                {t('network.openDetail')}
              </Link>
            </div>
          ) : null}
          <h2 id="network-nodes">{t('network.nodes', { count: visible.length })}</h2>
          <ul className="plain network-list">
            {visible.map((n) => (
              <li key={n.id}>
                <button type="button" className="link-button" aria-pressed={selected === n.id} onClick={() => void expand(n.id)}>
                  {n.label}
                </button>{' '}
                <span className="muted small">{t(`type.${n.type}`, { defaultValue: n.type })}</span> <SyntheticBadge synthetic={n.synthetic} />
                {expanded.has(n.id) ? <span className="muted small"> · {t('network.expanded')}</span> : null}
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </>
  );
}
