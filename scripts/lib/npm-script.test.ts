import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { npmScriptCommand } from './npm-script.ts';

describe('npmScriptCommand', () => {
  it("keeps the script's Node flags and arguments, with node replaced by the given binary", () => {
    expect(npmScriptCommand({ validate: 'node --max-semi-space-size=16 scripts/validate.ts' }, 'validate', '/opt/node')).toEqual([
      '/opt/node',
      '--max-semi-space-size=16',
      'scripts/validate.ts',
    ]);
  });

  it('refuses a script that is missing or does not start with node', () => {
    expect(() => npmScriptCommand({}, 'validate', '/opt/node')).toThrow(/npm script "validate" must be/u);
    expect(() => npmScriptCommand({ validate: 'tsx scripts/validate.ts' }, 'validate', '/opt/node')).toThrow(
      /got "tsx scripts\/validate.ts"/u,
    );
  });

  it("reads this project's validate script", () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(npmScriptCommand(scripts, 'validate', 'node').at(-1)).toBe('scripts/validate.ts');
  });
});
