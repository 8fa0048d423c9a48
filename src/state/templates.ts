import { type Design, restore, type WalkthroughStep } from '../core/document';
import { toSvg } from '../core/export/svg';
import type { ThemeName } from '../core/export/theme';
import { positionedLayout } from '../core/layout';
import { TEMPLATES as TEMPLATE_ORDER } from '../core/templates';

/**
 * The reference designs of templates/*.json, loaded only when the gallery asks for them: each
 * file is its own chunk, so none of them weighs on the first paint.
 */
const FILES = import.meta.glob('/templates/*.json', { import: 'default' });

/** One finding a "spot the flaws" variant is built to trigger (the answer key). */
export interface ExpectedFinding {
  rule: string;
  nodeIds: string[];
  note?: string;
}

export interface Template {
  /** The file name without `.json`, e.g. `news-feed-ranking`. */
  id: string;
  title: string;
  description: string;
  /** The ML task it solves, in the words of the interview. */
  task: string;
  /** The seed guide it mainly comes from (s000…s004) and every seed it draws on. */
  seed: string;
  sources: string[];
  walkthrough: WalkthroughStep[];
  /** `flaws-*` files: a design with deliberate mistakes for the linter (and the reader) to find. */
  isFlawVariant: boolean;
  expectedFindings: ExpectedFinding[];
  /** The design as read; never handed to the editor as is (open a deep copy). */
  design: Design;
}

export interface TemplateProblem {
  id: string;
  message: string;
}

export interface TemplateList {
  /** Reference designs first, then the flaw variants, each in the curated order of src/templates. */
  templates: Template[];
  /** Files that could not be read, each with the reason. */
  problems: TemplateProblem[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

function readExpected(raw: unknown, i: number): ExpectedFinding {
  if (typeof raw === 'string' && raw) return { rule: raw, nodeIds: [] };
  if (isObject(raw)) {
    const rule = str(raw.rule) ?? str(raw.ruleId);
    const nodes = raw.nodeIds ?? raw.nodes;
    const nodeIds = Array.isArray(nodes) ? nodes.filter((n): n is string => typeof n === 'string') : [];
    const note = str(raw.note) ?? str(raw.why) ?? str(raw.message) ?? str(raw.notes);
    if (rule) return { rule, nodeIds, ...(note && { note }) };
  }
  throw new Error(`expectedFindings[${i}]: expected a rule id or { rule, nodeIds }, got ${JSON.stringify(raw)}`);
}

/** Reads one template file; throws an error that names the file and the JSON path. */
export function readTemplate(id: string, raw: unknown): Template {
  const result = restore(raw);
  if (!result.ok) throw new Error(`${id}: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  const { design } = result;
  const meta = design.extra?.template;
  if (!isObject(meta)) throw new Error(`${id}: template: missing; expected { task, seed, sources }`);
  const task = str(meta.task);
  const seed = str(meta.seed);
  if (!task) throw new Error(`${id}: template.task: expected the ML task as a string`);
  if (!seed) throw new Error(`${id}: template.seed: expected a seed id such as "s000"`);
  const sources = Array.isArray(meta.sources) ? meta.sources.filter((s): s is string => typeof s === 'string') : [seed];
  const isFlawVariant = id.startsWith('flaws-');
  const expectedRaw = design.extra?.expectedFindings;
  if (expectedRaw !== undefined && !Array.isArray(expectedRaw)) throw new Error(`${id}: expectedFindings: expected a list`);
  const expectedFindings = (expectedRaw ?? []).map(readExpected);
  if (isFlawVariant && !expectedFindings.length) throw new Error(`${id}: expectedFindings: a flaws-* template needs at least one`);
  return {
    id,
    title: design.title?.trim() || id,
    description: design.description ?? '',
    task,
    seed,
    sources,
    walkthrough: design.walkthrough ?? [],
    isFlawVariant,
    expectedFindings,
    design,
  };
}

// The gallery follows the curated order of src/templates (basics first, then DOMAIN.md's list);
// a file not listed there yet goes after the listed ones, by title.
const rank = (t: Template) => {
  const i = TEMPLATE_ORDER.findIndex((m) => m.id === t.id);
  return i < 0 ? TEMPLATE_ORDER.length : i;
};
const inGalleryOrder = (a: Template, b: Template) => rank(a) - rank(b) || a.title.localeCompare(b.title);

let loading: Promise<TemplateList> | undefined;

/** Every template, loaded once per page. A file that cannot be read is reported, not fatal. */
export function loadTemplates(): Promise<TemplateList> {
  loading ??= Promise.all(
    Object.entries(FILES).map(async ([path, load]) => {
      const id = path.replace(/^.*\//, '').replace(/\.json$/, '');
      try {
        return { template: readTemplate(id, await load()) };
      } catch (e) {
        return { problem: { id, message: (e as Error).message } };
      }
    }),
  ).then((read) => {
    const templates = read.flatMap((r) => (r.template ? [r.template] : []));
    return {
      templates: [...templates.filter((t) => !t.isFlawVariant).sort(inGalleryOrder), ...templates.filter((t) => t.isFlawVariant).sort(inGalleryOrder)],
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
