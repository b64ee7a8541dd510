import { z } from 'zod';
import type { Vocabulary } from '../vocabulary/vocabulary.js';

/** Field builders shared by the record schemas. Every field carries a description for the codebook. */

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function slug(description: string) {
  return z
    .string()
    .max(120)
    .regex(SLUG_PATTERN, 'expected a lower-case slug (a-z, 0-9 and single hyphens, e.g. "sac-din-2006")')
    .meta({ description });
}

export function text(description: string, max = 2000) {
  return z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .meta({ description });
}

export function optionalText(description: string, max = 4000) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max, `must be at most ${max} characters`)
    .nullable()
    .meta({ description });
}

export function code<C extends string>(vocabulary: Vocabulary<C>, description: string) {
  return z
    .enum(vocabulary.codes, { error: `expected one of: ${vocabulary.codes.join(', ')}` })
    .meta({ description });
}

export function codeList<C extends string>(vocabulary: Vocabulary<C>, description: string) {
  return z
    .array(
      z.enum(vocabulary.codes, { error: `expected each item to be one of: ${vocabulary.codes.join(', ')}` }),
    )
    .meta({ description });
}

export const LANG_TAG_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

export function langTag(description: string) {
  return z
    .string()
    .regex(LANG_TAG_PATTERN, 'expected a BCP 47 language tag such as "zh", "fr" or "pt-BR"')
    .nullable()
    .meta({ description });
}

/** A full calendar date, YYYY-MM-DD. */
export function isoDate(description: string) {
  return z.iso.date({ error: 'expected a date as YYYY-MM-DD' }).meta({ description });
}
