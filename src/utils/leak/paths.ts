/** Where the suspected-leak page lives; linked from home, the trade-secret FAQ, guides and /windows/. */
import { localizedPath, type Lang } from '#src/i18n/locales.ts';

export const leakPath = (lang: Lang) => localizedPath('/trade-secret/leak/', lang);
/** The trade-secret self-check: linked from the contact box, the leak page and the guides. */
export const selfCheckPath = (lang: Lang) => localizedPath('/trade-secret/self-check/', lang);

/** The one window the contact box shows: 営業秘密・知財戦略相談窓口 (営業秘密110番). */
export const TRADE_SECRET_KIND = 'trade_secret';
