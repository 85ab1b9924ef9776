// The connections picture (src/panel/graph-model.ts) drawn in SVG. Each actor is a focusable
// button (Enter or Space focuses it in the cast); the links are decoration for the eye, so the same
// facts come as a list right below for screen readers and for anyone who prefers to read. Each
// actor's strongest links are drawn; a selected actor's links all are, lit and on top.

import type { PageReadingReport } from '../shared/page-data.ts';
import { connectionGraph, GRAPH_HEIGHT, GRAPH_WIDTH, labelLines, type GraphNode } from './graph-model.ts';
import type { ViewContext } from './view-context.ts';

export interface ConnectionsProps {
  reading: PageReadingReport;
  ctx: ViewContext;
  selected: string | null;
}

function NodeButton({ node, ctx, selected }: { node: GraphNode; ctx: ViewContext; selected: boolean }) {
  const activate = () => ctx.focusActor(node.actorId);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      activate();
    }
  };
  const below = node.y + node.r + 13;
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG node cannot be an HTML <button>
    <g
      class={selected ? 'node selected' : 'node'}
      data-type={node.type}
      data-actor={node.actorId}
      role="button"
      // SVG attributes are case-sensitive: "tabindex", not the DOM property's "tabIndex".
      tabindex={0}
      aria-label={node.name}
      onClick={activate}
      onKeyDown={onKeyDown}
    >
      <circle cx={node.x} cy={node.y} r={node.r} />
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: SVG text is not focusable; the node's label says it */}
      <text x={node.x} y={below} aria-hidden="true">
        {labelLines(node.name).map((line, i, all) => (
          <tspan key={i} x={node.x} dy={i === 0 ? 0 : 12}>
            {i < all.length - 1 ? `${line} ` : line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

export function Connections({ reading, ctx, selected }: ConnectionsProps) {
  const { t } = ctx;
  if (!ctx.glossary || reading.actors.length < 2) return null;
  const graph = connectionGraph(reading, ctx.glossary);
  const at = new Map(graph.nodes.map((n) => [n.actorId, n]));
  const names = new Map(graph.nodes.map((n) => [n.actorId, n.name]));
  // A selected actor shows all its links; the others keep to their strongest.
  const touches = (e: { a: string; b: string }) => e.a === selected || e.b === selected;
  const drawn =
    selected === null
      ? graph.edges
      : [...graph.edges.filter((e) => !touches(e)), ...graph.edges.filter(touches), ...graph.weaker.filter(touches)];
  return (
    <section class="section connections" id="connections" aria-labelledby="connections-title">
      <h2 id="connections-title">{t('panelConnectionsTitle')}</h2>
      <p class="note">{t('panelConnectionsNote', [String(graph.nodes.length)])}</p>
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG drawing cannot be a <fieldset> */}
      <svg
        class="graph"
        viewBox={`0 0 ${GRAPH_WIDTH} ${GRAPH_HEIGHT}`}
        role="group"
        aria-label={t('panelConnectionsTitle')}
      >
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: the edge lines are not focusable; the nodes say the same */}
        <g class="edges" aria-hidden="true">
          {drawn.map((e) => {
            const a = at.get(e.a)!;
            const b = at.get(e.b)!;
            const lit = selected !== null && touches(e);
            return (
              <line
                key={`${e.a}|${e.b}`}
                class={lit ? 'edge lit' : e.article > 0 ? 'edge here' : 'edge'}
                x1={a.x}
                y1={a.y}
                x2={b.x}
                y2={b.y}
                stroke-width={e.width}
              />
            );
          })}
        </g>
        {graph.nodes.map((n) => (
          <NodeButton key={n.actorId} node={n} ctx={ctx} selected={n.actorId === selected} />
        ))}
      </svg>
      {graph.edges.length ? (
        <details class="links-list">
          <summary>{t('panelConnectionsList')}</summary>
          <ul>
            {graph.edges.map((e) => (
              <li key={`${e.a}|${e.b}`}>
                <span class="pair">
                  {names.get(e.a)} – {names.get(e.b)}
                </span>
                <span class="note"> {t('panelLinkCounts', [String(e.corpus), String(e.article)])}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : (
        <p class="note">{t('panelNoLinks')}</p>
      )}
    </section>
  );
}
