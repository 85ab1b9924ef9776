// The connections picture's links: each actor keeps its strongest, so ten actors of one story do
// not draw a hairball; the order and the choice never depend on the input's order.
import { describe, expect, it } from 'vitest';
import { connectionGraph, LINKS_PER_ACTOR, strongestPerActor, type GraphEdge } from '../../../src/panel/graph-model.ts';
import { readingOf, realGlossary } from './fixtures.ts';

const edge = (a: string, b: string, corpus: number, article = 0): GraphEdge => ({ a, b, corpus, article, width: 1 });
const names = (edges: Iterable<GraphEdge>) => [...edges].map((e) => `${e.a}-${e.b}`).sort();

describe('the links the picture draws', () => {
  it('keeps a link that is among the two strongest of either of its actors', () => {
    // Two strongest of putin: russia, belarus; of belarus: putin, lukashenko; of lukashenko:
    // belarus, minsk; of minsk: lukashenko, belarus; of russia: putin and its only other, lukashenko.
    const edges = [
      edge('russia', 'putin', 9),
      edge('belarus', 'putin', 7),
      edge('belarus', 'lukashenko', 6),
      edge('lukashenko', 'minsk', 5),
      edge('belarus', 'minsk', 4),
      edge('minsk', 'putin', 3),
      edge('lukashenko', 'russia', 2),
    ];
    const kept = strongestPerActor(edges, ['russia', 'putin', 'belarus', 'lukashenko', 'minsk'], 2);
    expect(names(kept)).toEqual([
      'belarus-lukashenko',
      'belarus-minsk',
      'belarus-putin',
      'lukashenko-minsk',
      'lukashenko-russia',
      'russia-putin',
    ]);
    // minsk-putin is third for both of its actors: left out of the picture.
    expect(names(kept)).not.toContain('minsk-putin');
  });

  it('on every corpus story: about half the links, every linked actor keeps one, none of it order-dependent', () => {
    const glossary = realGlossary();
    for (const story of glossary.stories) {
      const [first, second, third] = story.actors.map((a) => a.actorId);
      const reading = readingOf(story.id, {
        pairs: [
          { a: first!, b: second!, count: 2 },
          { a: second!, b: third!, count: 1 },
        ],
      });
      const graph = connectionGraph(reading, glossary);
      const total = graph.edges.length + graph.weaker.length;
      expect(graph.edges.length, story.id).toBeLessThanOrEqual(LINKS_PER_ACTOR * graph.nodes.length);
      expect(graph.edges.length, story.id).toBeLessThan(total * 0.75);
      for (const node of graph.nodes) {
        const touches = (e: GraphEdge) => e.a === node.actorId || e.b === node.actorId;
        const linked = graph.edges.filter(touches).length + graph.weaker.filter(touches).length;
        expect(graph.edges.filter(touches).length, `${story.id} ${node.actorId}`).toBeGreaterThanOrEqual(
          Math.min(LINKS_PER_ACTOR, linked),
        );
      }
      const reversed = connectionGraph({ ...reading, pairs: [...reading.pairs].reverse() }, glossary);
      expect(names(reversed.edges), story.id).toEqual(names(graph.edges));
    }
  });

  it('counts this article’s paragraphs: a pair named together here can outweigh the corpus', () => {
    const reading = readingOf('004-my-quan-ngai-vai-tro-dong-minh-moscow', {
      pairs: [{ a: 'karine-jean-pierre', b: 'minsk', count: 40 }],
    });
    const graph = connectionGraph(reading, realGlossary());
    expect(graph.edges[0]).toMatchObject({ a: 'minsk', b: 'karine-jean-pierre', article: 40, width: 6 });
  });
});
