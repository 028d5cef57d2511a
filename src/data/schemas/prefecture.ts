import { z } from 'astro/zod';
import { findPrefecture, PREFECTURE_NAMES } from '../utils/prefectures.ts';
import { normalizeCode } from '../utils/normalize.ts';

/** One of the 47 prefectures; 東京, Tokyo or 13 are normalized to 東京都. */
export const prefecture = () =>
  z.preprocess(
    (value) => {
      if (typeof value !== 'string') return value;
      const normalized = normalizeCode(value);
      return findPrefecture(normalized)?.name ?? normalized;
    },
    z.enum(PREFECTURE_NAMES as [string, ...string[]], { error: 'prefecture' }),
  );
