/** Validates one YAML file against a schema, locating each problem on its line. */
import { z } from 'astro/zod';
import { readYaml, type YamlFile } from '../parse/yaml.ts';
import type { DataIssue } from './issues.ts';
import { fileMessages } from './messages.ts';
import { explainIssues } from './schema-issues.ts';

export interface YamlFileResult<T> {
  value: T | undefined;
  issues: DataIssue[];
  locate: YamlFile['locate'];
  locateText: YamlFile['locateText'];
}

/** `a.items[3].answer` — the path notation staff see in messages. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${String(segment)}` : String(segment)), '');
}

export function validateYamlText<S extends z.ZodType>(file: string, text: string, schema: S): YamlFileResult<z.output<S>> {
  const yaml = readYaml(text);
  const issues: DataIssue[] = yaml.syntaxErrors.map(({ line, column, detail, code, params }) => ({ file, line, column, message: fileMessages.yamlSyntax(detail, code, params) }));
  if (issues.length > 0) return { value: undefined, issues, locate: yaml.locate, locateText: yaml.locateText };
  if (yaml.value === null || typeof yaml.value !== 'object' || Array.isArray(yaml.value)) {
    return { value: undefined, issues: [{ file, line: 1, message: fileMessages.yamlRoot() }], locate: yaml.locate, locateText: yaml.locateText };
  }
  const result = schema.safeParse(yaml.value);
  if (result.success) return { value: result.data, issues, locate: yaml.locate, locateText: yaml.locateText };
  for (const { path, atKey, message } of explainIssues(schema, yaml.value, result.error.issues)) {
    const { line, column } = yaml.locate(path, { key: atKey });
    issues.push({ file, line, column, field: formatPath(path), message });
  }
  return { value: undefined, issues, locate: yaml.locate, locateText: yaml.locateText };
}
