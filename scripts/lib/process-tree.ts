/**
 * Peak memory of a whole process tree, for `npm run bench`: a build is node (Astro) plus Pagefind's own binary
 * (pagefind_extended), and GNU time's %M reports only the largest single process. This samples /proc every
 * ~200 ms and keeps the peak of the SUM of resident set sizes of the root and all its descendants.
 * Linux only; the parsers are pure and unit-tested.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** pid and parent pid from /proc/<pid>/stat. The command name may hold spaces and parentheses. */
export function parseStat(text: string): { pid: number; ppid: number } | null {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open === -1 || close === -1) return null;
  const pid = Number(text.slice(0, open).trim());
  const ppid = Number(
    text
      .slice(close + 1)
      .trim()
      .split(/\s+/u)[1],
  );
  return Number.isInteger(pid) && Number.isInteger(ppid) ? { pid, ppid } : null;
}

/** Resident set size in bytes from /proc/<pid>/status (VmRSS, in kB); 0 for a process without one (a zombie). */
export function parseStatusRss(text: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB/mu.exec(text);
  return match ? Number(match[1]) * 1024 : 0;
}

/** The root and every process below it, given each process's parent. */
export function descendants(root: number, parents: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents) {
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  const tree: number[] = [];
  const queue = [root];
  const seen = new Set<number>();
  while (queue.length > 0) {
    const pid = queue.shift()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null; // the process ended between listing and reading
  }
}

/** Every live process's parent, from /proc. */
export function processParents(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/u.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    const parsed = stat && parseStat(stat);
    if (parsed) parents.set(parsed.pid, parsed.ppid);
  }
  return parents;
}

export interface TreeSample {
  /** Sum of the RSS of every process in the tree, bytes. */
  total: number;
  /** RSS of the largest single process, bytes (what GNU time's %M would report). */
  largest: number;
  processes: number;
}

/** One sample of the tree below `root` (root included). */
export function sampleTree(root: number): TreeSample {
  const pids = descendants(root, processParents());
  let total = 0;
  let largest = 0;
  for (const pid of pids) {
    const status = read(`/proc/${pid}/status`);
    const rss = status ? parseStatusRss(status) : 0;
    total += rss;
    largest = Math.max(largest, rss);
  }
  return { total, largest, processes: pids.length };
}

export interface PeakRss {
  /** Peak of the summed RSS of the tree, bytes. */
  peakTotal: number;
  /** Peak RSS of any single process, bytes. */
  peakLargest: number;
  /** Most processes seen in the tree at once. */
  peakProcesses: number;
  samples: number;
}

/** Fold one sample into the running peaks. */
export function addSample(peak: PeakRss, sample: TreeSample): PeakRss {
  return {
    peakTotal: Math.max(peak.peakTotal, sample.total),
    peakLargest: Math.max(peak.peakLargest, sample.largest),
    peakProcesses: Math.max(peak.peakProcesses, sample.processes),
    samples: peak.samples + 1,
  };
}

/** Samples the tree below `root` every `intervalMs` until stop() is called; stop() returns the peaks. */
export function watchPeakRss(root: number, intervalMs = 200): { stop: () => PeakRss } {
  let peak: PeakRss = { peakTotal: 0, peakLargest: 0, peakProcesses: 0, samples: 0 };
  const tick = () => {
    peak = addSample(peak, sampleTree(root));
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
