/**
 * What the portal's JSON-LD promises: the schema.org types it uses, and the properties each must carry (Google's
 * required properties for the rich results that exist, and ours otherwise). The built-site test checks every
 * page's JSON-LD against this table.
 */
export const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  BreadcrumbList: ['itemListElement'],
  ListItem: ['position', 'name', 'item'],
  FAQPage: ['mainEntity'],
  Question: ['name', 'acceptedAnswer'],
  Answer: ['text'],
  Dataset: ['name', 'description', 'url', 'creator', 'license', 'isBasedOn', 'distribution'],
  DataDownload: ['contentUrl', 'encodingFormat'],
  CreativeWork: ['name'],
  GovernmentOrganization: ['name', 'url'],
  Event: ['name', 'startDate', 'location', 'eventStatus', 'eventAttendanceMode', 'organizer'],
  Place: ['name', 'address'],
  PostalAddress: ['addressCountry'],
  VirtualLocation: ['url'],
  Offer: ['price', 'priceCurrency'],
};

const isNode = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const present = (value: unknown) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

/** Every problem in a JSON-LD value and the nodes inside it: an unknown @type, or a required property missing. */
export function jsonLdProblems(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => jsonLdProblems(item, `${path}[${index}]`));
  if (!isNode(value)) return [];
  const problems: string[] = [];
  const type = value['@type'];
  if (type !== undefined) {
    const required = typeof type === 'string' ? REQUIRED[type] : undefined;
    if (!required) problems.push(`${path}: unknown @type ${JSON.stringify(type)}`);
    for (const name of required ?? []) {
      if (!present(value[name])) problems.push(`${path}: ${typeof type === 'string' ? type : JSON.stringify(type)} without ${name}`);
    }
  }
  for (const [name, child] of Object.entries(value)) problems.push(...jsonLdProblems(child, `${path}.${name}`));
  return problems;
}
