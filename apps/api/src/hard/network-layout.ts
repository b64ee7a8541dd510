import { seededRandom } from '@sco/core';
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX } from 'd3-force';
import type { Network } from './patchwork-network.js';

/** Ticks the simulation runs: enough to settle a few hundred nodes, fixed so that one input gives one picture. */
export const LAYOUT_TICKS = 300;
export const LAYOUT_SEED = 20130907;
/** The layout's coordinate box: x and y in [0, LAYOUT_SIZE]. */
export const LAYOUT_SIZE = 1000;

interface SimNode {
  readonly id: string;
  readonly side: 'chinese' | 'partner';
  index?: number;
  x?: number;
  y?: number;
  vx?: number;
  vy?: number;
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Positions of the network's nodes by d3-force, deterministically: nodes in id order start on d3's
 * phyllotaxis spiral, the jiggle comes from a seeded generator, and the simulation runs a fixed number of
 * ticks without a timer. Chinese bodies are pulled to the left, partner bodies to the right. The result is
 * scaled into [0, LAYOUT_SIZE] and rounded to a tenth, so that it prints the same on every platform.
 */
export function networkLayout(network: Network): Map<string, { x: number; y: number }> {
  const nodes: SimNode[] = network.nodes.map((node) => ({ id: node.id, side: node.side }));
  const links = network.edges.map((edge) => ({ source: edge.source, target: edge.target }));
  const simulation = forceSimulation<SimNode>(nodes)
    .randomSource(seededRandom(LAYOUT_SEED))
    .force(
      'link',
      forceLink<SimNode, { source: string; target: string }>(links)
        .id((node) => node.id)
        .distance(40),
    )
    .force('charge', forceManyBody<SimNode>().strength(-60))
    .force('side', forceX<SimNode>((node) => (node.side === 'chinese' ? -200 : 200)).strength(0.1))
    .force('collide', forceCollide<SimNode>(8))
    .force('center', forceCenter(0, 0))
    .stop();
  simulation.tick(LAYOUT_TICKS);
  const xs = nodes.map((node) => node.x ?? 0);
  const ys = nodes.map((node) => node.y ?? 0);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const span = Math.max(Math.max(...xs) - minX, Math.max(...ys) - minY, 1);
  const scale = (LAYOUT_SIZE - 40) / span;
  return new Map(
    nodes.map((node) => [
      node.id,
      { x: round(20 + ((node.x ?? 0) - minX) * scale), y: round(20 + ((node.y ?? 0) - minY) * scale) },
    ]),
  );
}
