export { toJsonFile } from './json';
export { toMermaid, mermaidText, mermaidIds, type MermaidOptions } from './mermaid';
export { toMarkdown, analyse, type DesignAnalysis } from './markdown';
export { toSvg, extractDesignFromSvg, type SvgOptions } from './svg';
export { embeddedDesignText, MLSD_NAMESPACE } from './svg-metadata';
export { stageOfNode, STAGE_TITLES } from './stages';
export { CATEGORY_COLORS, THEME_COLORS, FONT_STACK, type CategoryColor, type ThemeColors, type ThemeName } from './theme';
export { withTextChunk, readTextChunk, pngSize, PngFormatError, DESIGN_KEYWORD } from './png-chunks';
