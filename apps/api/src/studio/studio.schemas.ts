import { z } from '../openapi/zod.js';

export const signInBody = z
  .strictObject({
    key: z
      .string()
      .min(1, 'must not be empty')
      .max(200, 'must be at most 200 characters')
      .openapi({ description: 'An API key with the communications, editor or admin role' }),
  })
  .openapi('StudioSignIn');

export const studioSessionSchema = z
  .strictObject({
    name: z.string().openapi({ description: 'Who holds the key' }),
    role: z.string().openapi({ example: 'communications' }),
    expires_at: z.string().openapi({ description: 'ISO 8601 instant the session ends' }),
  })
  .openapi('StudioSession');

export const studioPreviewSchema = z
  .strictObject({
    href: z.string().openapi({ description: 'The preview page, to show in a sandboxed frame' }),
    expires_at: z.string().openapi({ description: 'ISO 8601 instant the preview is forgotten' }),
  })
  .openapi('StudioPreview');
