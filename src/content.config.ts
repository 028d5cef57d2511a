import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** Prose pages staff write in content/ (MDX): about, accessibility policy, guides. */
const pages = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './content' }),
  schema: z.object({
    title: z.string().min(1),
    title_en: z.string().optional(),
    description: z.string().optional(),
    updated: z.coerce.date().optional(),
    /** 'trade-secret': the page ends with the 営業秘密110番 contact box and links the suspected-leak page. */
    contact: z.enum(['trade-secret']).optional(),
  }),
});

export const collections = { pages };
