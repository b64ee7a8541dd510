import { z } from '../openapi/zod.js';

const attributeSchema = z.object({
  name: z.string(),
  description: z.string().optional(),
  default: z.string().optional(),
  type: z.object({ text: z.string() }).optional(),
});

const declarationSchema = z.object({
  tagName: z.string().optional(),
  summary: z.string().optional(),
  description: z.string().optional(),
  attributes: z.array(attributeSchema).optional(),
});

const manifestSchema = z.object({
  modules: z.array(z.object({ declarations: z.array(declarationSchema).optional() })),
});

/** One attribute of a widget, as its JSDoc documents it. */
export interface WidgetAttribute {
  readonly name: string;
  readonly description: string;
  /** The TypeScript type as written (`number`, `boolean`, `string | undefined`…). */
  readonly type: string;
  /** The default as a source literal (`'type'`, `10`, `false`), when there is one. */
  readonly default: string | undefined;
}

export interface WidgetElement {
  readonly tag: string;
  readonly summary: string;
  readonly attributes: readonly WidgetAttribute[];
}

/** The widgets and their attributes from the custom-elements manifest (custom-elements.json), by tag. */
export function widgetElements(json: string): readonly WidgetElement[] {
  const manifest = manifestSchema.parse(JSON.parse(json));
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .flatMap((declaration): WidgetElement[] =>
      declaration.tagName
        ? [
            {
              tag: declaration.tagName,
              summary: declaration.summary ?? declaration.description ?? '',
              attributes: (declaration.attributes ?? []).map((attribute) => ({
                name: attribute.name,
                description: attribute.description ?? '',
                type: attribute.type?.text ?? 'string',
                default: attribute.default,
              })),
            },
          ]
        : [],
    )
    .sort((a, b) => a.tag.localeCompare(b.tag));
}
