/** Translates Zod issues into located, bilingual DataIssues. */
import { z } from 'astro/zod';
import type { Bilingual } from './issues.ts';
import { fileMessages, schemaMessage } from './messages.ts';
import { nearest } from '../utils/distance.ts';
import { splitList } from '../schemas/fields.ts';

type ZodIssue = z.core.$ZodIssue;

export interface LocatedMessage {
  path: PropertyKey[];
  /** For unknown keys: the key itself is the location, not its value. */
  atKey: boolean;
  message: Bilingual;
}

/** One message per path (the first problem found is the one worth fixing first). */
export function explainIssues(schema: z.ZodType, input: unknown, issues: readonly ZodIssue[]): LocatedMessage[] {
  const seen = new Set<string>();
  const messages: LocatedMessage[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, issue.path);
      for (const key of issue.keys) {
        messages.push({ path: [...issue.path, key], atKey: true, message: fileMessages.unknownKey(key, nearest(key, known)) });
      }
      continue;
    }
    const id = issue.path.map(String).join('\u0000');
    if (seen.has(id)) continue;
    seen.add(id);
    const value = valueAt(input, issue.path);
    messages.push({ path: [...issue.path], atKey: false, message: schemaMessage({ key: keyOf(issue, value), value, params: paramsOf(issue), options: optionsOf(issue) }) });
  }
  return messages;
}

function keyOf(issue: ZodIssue, value: unknown): string {
  if (issue.code === 'invalid_type' && (value === undefined || value === null || value === '')) return 'required';
  if (issue.code === 'invalid_type' && issue.expected === 'object') return 'object';
  if (issue.code === 'invalid_type' && issue.expected === 'array') return 'list';
  return issue.message;
}

function paramsOf(issue: ZodIssue): Record<string, unknown> {
  if (issue.code === 'custom') return issue.params ?? {};
  if (issue.code === 'too_small') return { minimum: issue.minimum };
  return {};
}

function optionsOf(issue: ZodIssue): string[] {
  return issue.code === 'invalid_value' ? issue.values.map(String) : [];
}

export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const segment of path) {
    // A CSV list cell is still one string here: find the item the way list() splits it.
    if (typeof current === 'string' && typeof segment === 'number') {
      current = splitList(current)[segment];
      continue;
    }
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/** Keys an object schema accepts at `path`, for "did you mean" on unknown keys. */
export function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const segment of [...path, undefined]) {
    current = unwrap(current);
    if (segment === undefined) break;
    if (current instanceof z.ZodObject) current = current.shape[String(segment)];
    else if (current instanceof z.ZodArray) current = current.element;
    else return [];
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

/** Looks through optional, default and preprocess wrappers to the schema that holds the shape. */
export function unwrap(schema: unknown): unknown {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) current = current.unwrap();
    else if (current instanceof z.ZodPipe) current = current.out;
    else return current;
  }
}
