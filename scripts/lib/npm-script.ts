/**
 * The command line of an npm script that runs Node (`node [flags] script.ts`), with `node` replaced by `nodePath`:
 * the bench times what `npm run <name>` runs, its Node flags included, without npm's own start-up.
 */
export function npmScriptCommand(scripts: Record<string, string>, name: string, nodePath: string): string[] {
  const [program, ...args] = (scripts[name] ?? '').trim().split(/\s+/u);
  if (program !== 'node' || args.length === 0)
    throw new Error(`npm script "${name}" must be "node [flags] <script>" (got "${scripts[name] ?? ''}")`);
  return [nodePath, ...args];
}
