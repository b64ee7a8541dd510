import { z } from '../openapi/zod.js';

/** The source of hard-connectivity figures, to be printed beside every figure derived from it. */
export const hardSourceSchema = z
  .strictObject({
    name: z.string().openapi({ example: 'China Global Investment Tracker' }),
    edition: z.string().openapi({ example: 'February 2020' }),
    citation: z.string().openapi({
      example:
        'China Global Investment Tracker, American Enterprise Institute and The Heritage Foundation, edition February 2020',
    }),
    url: z.string().nullable(),
  })
  .openapi('HardSource');

export const hardSourcesSchema = z.array(hardSourceSchema).openapi({
  description:
    'The sources of the investment and construction figures (the tracker and its edition): cite them with every figure',
});
