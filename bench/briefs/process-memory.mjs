// The memory of this process and of every process it started (the renderer's Chromium: browser, zygotes,
// renderers, GPU and utility processes), read from /proc. RSS counts the pages a process has in memory,
// shared ones in every process that maps them; PSS shares those out, so the PSS of a tree adds up.
import { readdir, readFile } from 'node:fs/promises';

/** Parent of each process, from /proc/<pid>/stat (the fields after the command name in parentheses). */
async function parents() {
  const map = new Map();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(entry), Number(fields[1]));
    } catch {
      // the process ended meanwhile
    }
  }
  return map;
}

/** The processes under `pid` (children, their children, …). */
export async function descendants(pid) {
  const children = new Map();
  for (const [child, parent] of await parents()) {
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent).push(child);
  }
  const found = [];
  const queue = [...(children.get(pid) ?? [])];
  while (queue.length > 0) {
    const next = queue.shift();
    found.push(next);
    queue.push(...(children.get(next) ?? []));
  }
  return found;
}

/** RSS and PSS of one process in bytes (0 when it ended meanwhile). */
export async function memoryOf(pid) {
  try {
    const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8');
    const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? 0) * 1024;
    return { rss: field('Rss'), pss: field('Pss') };
  } catch {
    return { rss: 0, pss: 0 };
  }
}

/** This process and its descendants: RSS and PSS of each part, and how many child processes there are. */
export async function treeMemory() {
  const node = await memoryOf(process.pid);
  const children = await descendants(process.pid);
  const chromium = { rss: 0, pss: 0 };
  for (const pid of children) {
    const { rss, pss } = await memoryOf(pid);
    chromium.rss += rss;
    chromium.pss += pss;
  }
  return { node, chromium, processes: children.length, heapUsed: process.memoryUsage().heapUsed };
}
