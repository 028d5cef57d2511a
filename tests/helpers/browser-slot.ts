/**
 * One browser at a time across the `site` project's parallel test files. Builds, servers and the unit tests run
 * beside a browser test; two browsers at once on two cores made keyboard and print tests flaky (a file chooser
 * that did not open, a click that printed nothing), so a browser waits for the slot. The slot is a folder
 * (mkdir is atomic) holding its owner's process id; a slot whose owner has died is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { processAlive } from './shipped-site-setup.ts';

const POLL_MS = 200;

function ownerAlive(slot: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(slot, 'owner'), 'utf8'));
  } catch {
    // Taken a moment ago and the owner not yet written: treat it as held.
    return true;
  }
  return !Number.isInteger(pid) || pid <= 0 || processAlive(pid);
}

/** Waits for the browser slot and takes it; call the returned function to give it back (more calls do nothing). */
export async function holdBrowserSlot(slot: string = inject('browserSlot')): Promise<() => void> {
  for (;;) {
    try {
      mkdirSync(slot);
      writeFileSync(join(slot, 'owner'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!ownerAlive(slot)) {
        rmSync(slot, { recursive: true, force: true });
        continue;
      }
      // The hook timeout bounds the wait.
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    rmSync(slot, { recursive: true, force: true });
  };
}
