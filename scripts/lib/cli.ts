/** Shared CLI plumbing: one-line errors, never a stack trace. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export function fail(message: string): never {
  console.error(`error: ${message}`);
  process.exit(1);
}

export function parseCli<T extends ParseArgsConfig['options']>(options: T, allowPositionals = false) {
  try {
    return parseArgs({ options, strict: true, allowPositionals });
  } catch (error) {
    return fail((error as Error).message);
  }
}
