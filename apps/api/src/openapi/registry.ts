import { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';

/** The OpenAPI registry of one app, which also remembers which methods each path answers (for 405). */
export class ApiRegistry extends OpenAPIRegistry {
  readonly methods = new Map<string, Set<string>>();

  noteMethod(path: string, method: string): void {
    const methods = this.methods.get(path) ?? new Set<string>();
    methods.add(method.toUpperCase());
    if (method === 'get') methods.add('HEAD');
    this.methods.set(path, methods);
  }
}
