export { toJsonFile } from './json';
export { toMermaid } from './mermaid';
export { toMarkdown } from './markdown';
export { toSvg, extractDesignFromSvg } from './svg';
export { withTextChunk, DESIGN_KEYWORD } from './png-chunks';
export { designTextOfBytes, looksLikeSvg } from './embedded';
export { TEXT_EXPORTS, type TextFormat } from './text-formats';
export type { ImageExporters, ImageOptions, PngOptions, PngResult } from './image-options';
