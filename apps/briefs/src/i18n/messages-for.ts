import type { Lang } from '@sco/core';
import { en } from './en.js';
import { fr } from './fr.js';
import { zh } from './zh.js';
import type { Messages } from './messages.js';
import { spacedCjk } from './spaced-cjk.js';

const MESSAGES: Readonly<Record<Lang, Messages>> = { en, fr, zh: spacedCjk(zh) };

/** The brief's own strings in a language. */
export function messagesFor(lang: Lang): Messages {
  return MESSAGES[lang];
}
