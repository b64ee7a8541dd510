/** The global that swagger-ui-bundle.js defines (a classic script loaded before docs.js). */
declare function SwaggerUIBundle(options: Record<string, unknown>): unknown;

/** What Swagger UI hands a plugin: its React, among others. */
interface SwaggerSystem {
  readonly React: {
    createElement(type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]): unknown;
  };
}

/** The props Swagger UI gives a layout component (a container: the system's selectors and components). */
interface SwaggerLayoutProps {
  readonly getComponent: (name: string, container?: boolean) => unknown;
  readonly specSelectors: {
    loadingStatus(): string | undefined;
    specStr(): string;
    isOAS31(): boolean;
    isOAS32?(): boolean;
  };
  readonly errSelectors: { lastError(): { get(key: string): string | undefined } | undefined };
}
