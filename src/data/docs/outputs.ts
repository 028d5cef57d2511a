/** Every file `npm run docs:data` writes, and how the copies on disk differ from them. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCS_PATH, JSON_SCHEMA_DIR, renderDataDocs } from './data-docs.ts';
import { jsonSchemas } from './json-schema.ts';

/** Repository-relative path → content. */
export function generatedFiles(): Record<string, string> {
  const schemas = Object.entries(jsonSchemas()).map(([name, schema]): [string, string] => [`${JSON_SCHEMA_DIR}/${name}`, `${JSON.stringify(schema, null, 2)}\n`]);
  return { [DOCS_PATH]: renderDataDocs(), ...Object.fromEntries(schemas) };
}

/** Generated schema files are named like this; others in the folder are left alone. */
export const SCHEMA_FILE = /\.schema\.json$/u;

export interface Drift {
  /** Not on disk yet. */
  missing: string[];
  /** Different from what would be generated. */
  stale: string[];
  /** Schema files on disk that are no longer generated. */
  extra: string[];
}

export function findDrift(root: string, files: Record<string, string> = generatedFiles()): Drift {
  const missing: string[] = [];
  const stale: string[] = [];
  for (const [path, content] of Object.entries(files)) {
    const absolute = join(root, path);
    if (!existsSync(absolute)) missing.push(path);
    else if (readFileSync(absolute, 'utf8') !== content) stale.push(path);
  }
  const dir = join(root, JSON_SCHEMA_DIR);
  const extra = existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => SCHEMA_FILE.test(name))
        .map((name) => `${JSON_SCHEMA_DIR}/${name}`)
        .filter((path) => !(path in files))
    : [];
  return { missing, stale, extra };
}

/** The --check failure message, or undefined when everything is up to date. */
export function describeDrift({ missing, stale, extra }: Drift): string | undefined {
  const problems = [
    ...missing.map((path) => `${path} is missing`),
    ...stale.map((path) => `${path} is out of date`),
    ...extra.map((path) => `${path} is no longer generated`),
  ];
  if (problems.length === 0) return undefined;
  return `${problems.join('; ')}. The schemas in src/data/schemas changed: run npm run docs:data and commit the result.`;
}
