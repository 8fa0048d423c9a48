import type { Design } from '../core/document';
import { toSvg } from '../core/export/svg';
import type { ThemeName } from '../core/export/theme';
import { positionedLayout } from '../core/layout';

/** A design drawn by the core SVG writer as a data URL: thumbnails and read-only previews of versions. */
export function designImageUrl(design: Design, theme: ThemeName): string {
  // The embedded design file (for re-opening exported SVGs) is of no use in a picture.
  const svg = toSvg(design, positionedLayout(design), { theme, showTitle: false, margin: 24 }).replace(/<metadata>[\s\S]*?<\/metadata>/, '');
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
