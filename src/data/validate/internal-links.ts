/** Site-relative links in Markdown values that point at no page the build will write, located on their line. */
import { markdownTargets } from '../utils/markdown-links.ts';
import type { DataIssue } from './issues.ts';
import { fileMessages } from './messages.ts';
import { isKnownPath, nearestRoute, type KnownPages } from './site-routes.ts';
import { formatPath } from './yaml-file.ts';

export interface MarkdownValue {
  file: string;
  path: PropertyKey[];
  text: string | undefined;
  locateText: (path: readonly PropertyKey[], needle: string) => { line: number; column: number };
}

export function internalLinkIssues(values: readonly MarkdownValue[], known: KnownPages): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const { file, path, text, locateText } of values) {
    if (!text) continue;
    for (const { url } of markdownTargets(text)) {
      if (!/^\/(?!\/)/u.test(url) || isKnownPath(url, known)) continue;
      const { line, column } = locateText(path, url);
      issues.push({ file, line, column, field: formatPath(path), message: fileMessages.internalLink(url, nearestRoute(url, known.routes)) });
    }
  }
  return issues;
}
