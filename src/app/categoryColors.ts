import { CATEGORY_COLORS, type ThemeName } from '../core/export/theme';

/**
 * The canvas takes its category colours from the same table as the SVG and PNG exports, so a
 * feature store is the same colour on screen and in a design doc: one CSS variable per category
 * and theme (`--cat-features`…), written once at start-up.
 */
function rules(theme: ThemeName): string {
  return Object.entries(CATEGORY_COLORS[theme])
    .map(([category, color]) => `--cat-${category}: ${color.bar};`)
    .join(' ');
}

export function installCategoryColors(): void {
  const style = document.createElement('style');
  style.dataset.source = 'category-colors';
  style.textContent = `:root { ${rules('light')} }\n:root[data-theme='dark'] { ${rules('dark')} }`;
  document.head.appendChild(style);
}
