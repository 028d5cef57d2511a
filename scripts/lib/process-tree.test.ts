import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { addSample, descendants, parseStat, parseStatusRss, sampleTree } from './process-tree.ts';

describe('parseStat', () => {
  it('reads pid and parent pid', () => {
    expect(parseStat('1234 (node) S 1200 1234 1200 0 -1 4194560 2795 0 0 0')).toEqual({ pid: 1234, ppid: 1200 });
  });

  it('copes with spaces and parentheses in the command name', () => {
    expect(parseStat('77 (Web Content (x)) R 76 77 76 0 -1')).toEqual({ pid: 77, ppid: 76 });
  });

  it('rejects text that is not a stat line', () => {
    expect(parseStat('')).toBeNull();
    expect(parseStat('garbage')).toBeNull();
  });
});

describe('parseStatusRss', () => {
  it('reads VmRSS in bytes', () => {
    expect(parseStatusRss('Name:\tnode\nVmPeak:\t  999 kB\nVmRSS:\t  123456 kB\nRssAnon:\t 1 kB\n')).toBe(123456 * 1024);
  });

  it('is 0 for a process without memory (a zombie has no VmRSS line)', () => {
    expect(parseStatusRss('Name:\tdefunct\nState:\tZ (zombie)\n')).toBe(0);
  });
});

describe('descendants', () => {
  it('walks the whole tree below the root, root first', () => {
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 10],
      [13, 12],
      [20, 1],
    ]);
    expect(descendants(10, parents).sort()).toEqual([10, 11, 12, 13]);
    expect(descendants(10, parents)[0]).toBe(10);
    expect(descendants(99, parents)).toEqual([99]);
  });
});

describe('addSample', () => {
  it('keeps the peak of the sum, not the sum of peaks', () => {
    let peak = { peakTotal: 0, peakLargest: 0, peakProcesses: 0, samples: 0 };
    peak = addSample(peak, { total: 300, largest: 200, processes: 2 });
    peak = addSample(peak, { total: 250, largest: 250, processes: 1 });
    expect(peak).toEqual({ peakTotal: 300, peakLargest: 250, peakProcesses: 2, samples: 2 });
  });
});

describe.runIf(process.platform === 'linux')('sampleTree', () => {
  it('counts a child process in its parent tree', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 5000)'], { stdio: 'ignore' });
    try {
      await new Promise((ready) => setTimeout(ready, 300));
      const self = sampleTree(process.pid);
      const alone = sampleTree(child.pid!);
      expect(alone.processes).toBe(1);
      expect(alone.total).toBeGreaterThan(1024 * 1024);
      expect(self.processes).toBeGreaterThanOrEqual(2);
      expect(self.total).toBeGreaterThanOrEqual(alone.total);
    } finally {
      child.kill();
    }
  });
});
