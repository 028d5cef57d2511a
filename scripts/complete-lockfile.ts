/**
 * npm run lockfile:complete — run after `npm install` changes package-lock.json.
 *
 * The registry mirror this project is built against lacks some other-platform builds (e.g. @pagefind/darwin-arm64
 * 1.6.0). npm then leaves those optional dependencies out of package-lock.json, and `npm ci` refuses the lockfile
 * as out of sync. This adds an entry for each missing optional platform package, with the os/cpu read from its
 * name, so `npm ci` skips it on Linux and installs it from the full registry on other platforms.
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface LockEntry {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}

const PLATFORMS: [RegExp, Partial<LockEntry>][] = [
  [/darwin-arm64/u, { os: ['darwin'], cpu: ['arm64'] }],
  [/darwin-x64/u, { os: ['darwin'], cpu: ['x64'] }],
  [/win32-arm64|windows-arm64/u, { os: ['win32'], cpu: ['arm64'] }],
  [/win32-x64|windows-x64/u, { os: ['win32'], cpu: ['x64'] }],
  [/freebsd-x64/u, { os: ['freebsd'], cpu: ['x64'] }],
  [/android-arm64/u, { os: ['android'], cpu: ['arm64'] }],
  [/linux-arm64-musl/u, { os: ['linux'], cpu: ['arm64'], libc: ['musl'] }],
  [/linux-arm64/u, { os: ['linux'], cpu: ['arm64'] }],
  [/wasm32-wasi/u, { cpu: ['wasm32'] }],
];

const path = 'package-lock.json';
const lock = JSON.parse(readFileSync(path, 'utf8')) as { packages: Record<string, LockEntry> };
const added: string[] = [];
for (const entry of Object.values(lock.packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key]) continue;
    const platform = PLATFORMS.find(([pattern]) => pattern.test(name))?.[1];
    if (!platform) continue;
    lock.packages[key] = { version: range.replace(/^[\^~=]/u, ''), optional: true, ...platform };
    added.push(`${name}@${lock.packages[key].version}`);
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `added ${added.length} optional platform entries: ${added.join(', ')}` : 'package-lock.json already complete');
