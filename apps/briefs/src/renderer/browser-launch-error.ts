/** Chromium could not be found or started. */
export class BrowserLaunchError extends Error {
  override readonly name = 'BrowserLaunchError';
}
