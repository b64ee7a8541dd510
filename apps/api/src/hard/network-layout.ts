import { seededRandom } from '@sco/core';
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import type { Network } from './patchwork-network.js';

/** Ticks the simulation runs: enough to settle a few hundred nodes, fixed so that one input gives one picture. */
export const LAYOUT_TICKS = 300;
export const LAYOUT_SEED = 20130907;
/** The layout's coordinate box: x and y in [0, LAYOUT_SIZE]. */
export const LAYOUT_SIZE = 1000;
const MARGIN = 20;

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
 * ticks without a timer. Chinese bodies are pulled to the left, partner bodies to the right, every body
 * towards the middle line (so that small separate groups stay near). Each axis is scaled to fill
 * [0, LAYOUT_SIZE] and rounded to a tenth, so that it prints the same on every platform.
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
        .distance(30),
    )
    .force('charge', forceManyBody<SimNode>().strength(-30))
    .force('side', forceX<SimNode>((node) => (node.side === 'chinese' ? -300 : 300)).strength(0.3))
    .force('middle', forceY<SimNode>(0).strength(0.08))
    .force('collide', forceCollide<SimNode>(7))
    .stop();
  simulation.tick(LAYOUT_TICKS);
  const fit = (values: number[]) => {
    const low = Math.min(...values);
    const span = Math.max(...values) - low || 1;
    return (value: number) => round(MARGIN + ((value - low) / span) * (LAYOUT_SIZE - 2 * MARGIN));
  };
  const x = fit(nodes.map((node) => node.x ?? 0));
  const y = fit(nodes.map((node) => node.y ?? 0));
  return new Map(nodes.map((node) => [node.id, { x: x(node.x ?? 0), y: y(node.y ?? 0) }]));
}
