import { LANGS } from '@sco/core';
import { z } from '../openapi/zod.js';

/** `lang`: the language of titles, definitions and labels in a response (English by default). */
export const langQuery = z
  .enum(LANGS, { error: `expected one of: ${LANGS.join(', ')}` })
  .default('en')
  .openapi({ description: 'Language of titles, definitions and labels', example: 'fr' });

/** `true` or `false`, as a query string carries a flag. */
export const booleanFlagQuery = z
  .enum(['true', 'false'], { error: 'expected true or false' })
  .transform((value) => value === 'true');
