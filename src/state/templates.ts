import { toSvg } from '../core/export/svg';
import type { ThemeName } from '../core/export/theme';
import { positionedLayout } from '../core/layout';
import { inGalleryOrder, readTemplate, type Template, templateIdOf } from '../core/templates';

export type { Template };

/**
 * The reference designs of templates/*.json, loaded only when the gallery asks for them: each
 * file is its own chunk, so none of them weighs on the first paint.
 */
const FILES = import.meta.glob('/templates/*.json', { import: 'default' });

export interface TemplateProblem {
  id: string;
  message: string;
}

export interface TemplateList {
  /** Reference designs first, then the flaw variants, each in the order their files set. */
  templates: Template[];
  /** Files that could not be read, each with the reason. */
  problems: TemplateProblem[];
}

let loading: Promise<TemplateList> | undefined;

/** Every template, loaded once per page. A file that cannot be read is reported, not fatal. */
export function loadTemplates(): Promise<TemplateList> {
  loading ??= Promise.all(
    Object.entries(FILES).map(async ([path, load]) => {
      const id = templateIdOf(path);
      try {
        return { template: readTemplate(id, await load()) };
      } catch (e) {
        return { problem: { id, message: (e as Error).message } };
      }
    }),
  ).then((read) => {
    const templates = read.flatMap((r) => (r.template ? [r.template] : []));
    return {
      templates: inGalleryOrder(templates),
      problems: read.flatMap((r) => (r.problem ? [r.problem] : [])),
    };
  });
  return loading;
}

const thumbnails = new Map<string, string>();

/** The template's diagram as an SVG data URL, in the app's theme (cached per template and theme). */
export function thumbnailUrl(template: Template, theme: ThemeName): string {
  const key = `${template.id}:${theme}`;
  let url = thumbnails.get(key);
  if (!url) {
    // The embedded design file (for re-opening exported SVGs) is of no use in a thumbnail.
    const svg = toSvg(template.design, positionedLayout(template.design), { theme, showTitle: false, margin: 24 }).replace(/<metadata>[\s\S]*?<\/metadata>/, '');
    url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    thumbnails.set(key, url);
  }
  return url;
}
