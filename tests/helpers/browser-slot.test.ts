import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { holdBrowserSlot } from './browser-slot.ts';

describe('holdBrowserSlot', () => {
  const work = mkdtempSync(join(tmpdir(), 'browser-slot-'));
  const slot = join(work, 'slot');
  afterEach(() => rmSync(slot, { recursive: true, force: true }));

  it('lets a second holder in only after the first gives the slot back', async () => {
    const releaseFirst = await holdBrowserSlot(slot);
    let second: (() => void) | undefined;
    const waiting = holdBrowserSlot(slot).then((release) => (second = release));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(second, 'the second holder waits').toBeUndefined();
    releaseFirst();
    await waiting;
    expect(second).toBeTypeOf('function');
    expect(existsSync(slot)).toBe(true);
    second!();
    expect(existsSync(slot)).toBe(false);
  });

  it('gives the slot back once, however often release is called', async () => {
    const release = await holdBrowserSlot(slot);
    release();
    const next = await holdBrowserSlot(slot);
    release();
    expect(existsSync(slot), 'a late release of the old holder leaves the new one in').toBe(true);
    next();
  });

  it('takes over a slot whose owner has died', async () => {
    mkdirSync(slot);
    // Past the kernel's largest process id, so no process has it.
    writeFileSync(join(slot, 'owner'), String(2 ** 22 + 1));
    const release = await holdBrowserSlot(slot);
    expect(existsSync(slot)).toBe(true);
    release();
  });
});
