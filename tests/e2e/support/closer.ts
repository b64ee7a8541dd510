/** Something a suite opens and must close: a server, a browser, a page. */
interface Closable {
  close(): Promise<void>;
}

/**
 * What a suite opened, closed after it in the reverse order, each one even when opening a later one or
 * closing another failed (a browser that did not start leaves no server behind).
 */
export class Closer {
  private readonly opened: Closable[] = [];

  add<T extends Closable>(item: T): T {
    this.opened.push(item);
    return item;
  }

  async closeAll(): Promise<void> {
    const errors: unknown[] = [];
    for (const item of this.opened.splice(0).reverse()) {
      try {
        await item.close();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length > 0) throw new AggregateError(errors, 'closing what the suite opened failed');
  }
}
