/** The renderer was closed: it takes no more briefs, and those still waiting are refused. */
export class RendererClosedError extends Error {
  override readonly name = 'RendererClosedError';
  constructor() {
    super('the brief renderer is closed');
  }
}
