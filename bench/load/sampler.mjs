// Samples a process's resident memory and open file descriptors every second, from /proc (Linux).
import { readdir, readFile } from 'node:fs/promises';
import { clearInterval, setInterval } from 'node:timers';

async function sample(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const rss = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? NaN) * 1024;
  const fds = (await readdir(`/proc/${pid}/fd`)).length;
  return { rss, fds };
}

/** Starts sampling `pid`; `stop()` ends it and returns the samples, each `{ t (s since start), rss (B), fds }`. */
export function startSampling(pid, intervalMs = 1000) {
  const started = Date.now();
  const samples = [];
  const take = () =>
    sample(pid)
      .then((s) => samples.push({ t: (Date.now() - started) / 1000, ...s }))
      .catch(() => {});
  void take();
  const timer = setInterval(take, intervalMs);
  return {
    stop: async () => {
      clearInterval(timer);
      await take();
      return samples;
    },
  };
}

/**
 * Whether a series is flat once warm: the highest value of its last quarter is at most `ratio` times (plus
 * `slack`) the highest of its second quarter (the first quarter is the warm-up: caches filling, JIT).
 */
export function flat(values, ratio, slack = 0) {
  const quarter = Math.floor(values.length / 4);
  if (quarter < 1) return { ok: false, warm: NaN, last: NaN };
  const warm = Math.max(...values.slice(quarter, 2 * quarter));
  const last = Math.max(...values.slice(values.length - quarter));
  return { ok: last <= warm * ratio + slack, warm, last };
}
