/**
 * .vscode/settings.json maps each YAML data file to its JSON Schema (docs/json-schema/), so the Red Hat YAML
 * extension checks staff's edits as they type. These tests keep that mapping in step with the data kinds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DATA_KINDS } from '#src/data/docs/kinds.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

interface Settings {
  'yaml.schemas': Record<string, string | string[]>;
  'files.encoding': string;
  '[yaml]': Record<string, unknown>;
}
const settings = readJson('.vscode/settings.json') as Settings;
const mapping = Object.entries(settings['yaml.schemas']).map(([schema, globs]) => ({
  schema: schema.replace(/^\.\//u, ''),
  globs: Array.isArray(globs) ? globs : [globs],
}));

/** The glob forms the settings use: `*` within one path segment, `**` across segments. */
function globToRegExp(glob: string): RegExp {
  const source = glob
    .split(/(\*\*\/?|\*)/u)
    .map((part) => (part.startsWith('**') ? '(?:.*/)?' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/gu, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, 'u');
}

/** Which schemas the settings apply to a repository-relative path. */
const schemasFor = (path: string) =>
  mapping.filter(({ globs }) => globs.some((glob) => globToRegExp(glob).test(path))).map(({ schema }) => schema);

/** A concrete file name for a kind's path: data/faq/<category>.yaml → data/faq/trade-secret.yaml */
const example = (path: string) => path.replace(/<[^>]+>/gu, 'trade-secret');

function yamlFilesUnder(dir: string): string[] {
  const absolute = join(ROOT, dir);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/u.test(name))
    .map((name) => relative(ROOT, join(absolute, name)).replaceAll('\\', '/'));
}

describe('globToRegExp (the helper these tests rely on)', () => {
  it('matches * within one folder only', () => {
    expect(globToRegExp('data/faq/*.yaml').test('data/faq/basics.yaml')).toBe(true);
    expect(globToRegExp('data/faq/*.yaml').test('data/faq/sub/basics.yaml')).toBe(false);
    expect(globToRegExp('data/faq/*.yaml').test('data/faq/basics.yml')).toBe(false);
    expect(globToRegExp('data/news.yaml').test('data/newsXyaml')).toBe(false);
    expect(globToRegExp('data/**/*.yaml').test('data/a/b/c.yaml')).toBe(true);
  });
});

describe('.vscode/settings.json: yaml.schemas', () => {
  it('refers only to schema files that exist', () => {
    expect(mapping.length).toBeGreaterThan(0);
    for (const { schema } of mapping) {
      expect(existsSync(join(ROOT, schema)), `${schema} (in .vscode/settings.json) does not exist; run npm run docs:data`).toBe(true);
      expect(readJson(schema)).toHaveProperty('$schema');
    }
  });

  it('gives every YAML data kind its own schema', () => {
    const yamlKinds = DATA_KINDS.filter((kind) => kind.format === 'yaml');
    expect(yamlKinds.map((kind) => kind.name).sort()).toEqual(['cases', 'faq', 'news', 'patent-fields', 'self-check', 'statistic']);
    for (const kind of yamlKinds) {
      const path = example(kind.path);
      expect(schemasFor(path), `${path} should be checked against docs/json-schema/${kind.jsonSchemaFile}`).toEqual([
        `docs/json-schema/${kind.jsonSchemaFile}`,
      ]);
    }
  });

  it('maps every YAML file in data/ and the fixture to exactly one schema, the one for its kind', () => {
    const kindSchema = (path: string) => {
      const kind = DATA_KINDS.find(
        (k) => k.format === 'yaml' && globToRegExp(k.path.replace(/<[^>]+>/gu, '*')).test(path.replace(/^tests\/fixtures\//u, '')),
      );
      return kind && `docs/json-schema/${kind.jsonSchemaFile}`;
    };
    const files = [...yamlFilesUnder('data'), ...yamlFilesUnder('tests/fixtures/data')];
    expect(files).toContain('data/faq/trade-secret.yaml');
    for (const file of files) {
      const expected = kindSchema(file);
      expect(expected, `${file} is not a YAML data kind`).toBeDefined();
      expect(schemasFor(file), file).toEqual([expected]);
    }
  });

  it('does not map a schema to a CSV file or to something outside the data folders', () => {
    for (const { globs } of mapping) {
      for (const glob of globs) expect(glob).toMatch(/^(?:tests\/fixtures\/)?data\/.*\.ya?ml$/u);
    }
  });
});

describe('.vscode/settings.json: encoding and line ends', () => {
  it('saves files as UTF-8 and YAML with LF line ends', () => {
    expect(settings['files.encoding']).toBe('utf8');
    expect(settings['[yaml]']['files.eol']).toBe('\n');
  });
});

describe('.vscode/extensions.json', () => {
  it('recommends the Red Hat YAML extension, which reads yaml.schemas', () => {
    const { recommendations } = readJson('.vscode/extensions.json') as { recommendations: string[] };
    expect(recommendations).toContain('redhat.vscode-yaml');
  });
});
