// Languages: the labels, words and formats real invoices in each language use, by language code.

import { LANGUAGES_EN_DE_FR } from "./locales-en-de-fr";
import { LANGUAGES_ES_IT_NL } from "./locales-es-it-nl";
import type { TLang, TLanguage } from "./types";

// Key order is the draw order of buildInvoice's language pick: keep it en-GB, en-US, de, fr, es, it, nl.
export const LANGUAGES: Record<TLang, TLanguage> = { ...LANGUAGES_EN_DE_FR, ...LANGUAGES_ES_IT_NL };
