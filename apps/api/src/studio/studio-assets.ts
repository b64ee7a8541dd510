import { AssetSet } from '../pages/page-assets.js';

/**
 * The studio's files under /studio/assets/: its scripts (plain JavaScript, type-checked with the assets) and
 * styles, and the site's shared stylesheet.
 */
export const STUDIO_ASSETS = new AssetSet('/studio/assets/', {
  'site.css': { asset: 'pages/site.css' },
  'studio.css': { asset: 'studio/studio.css' },
  'studio.js': { asset: 'studio/studio.js' },
  'studio-call.js': { asset: 'studio/studio-call.js' },
  'studio-brief.js': { asset: 'studio/studio-brief.js' },
  'studio-sign-in.js': { asset: 'studio/studio-sign-in.js' },
});
