import { type Design, restore, type WalkthroughStep } from '../document';

/**
 * The reference designs in `templates/*.json` (format 1, DOMAIN.md section E). Each file is the
 * one home of its metadata (the `template` field: task, seed, sources, gallery order, and for a
 * flaw variant the design it is based on; `expectedFindings` for flaw variants), and this is the
 * one reader: the gallery (files loaded lazily by Vite), the CLI and the tests all read through it.
 */

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
  /** Place in the gallery's curated order (basics first, then DOMAIN.md's list). */
  order: number;
  walkthrough: WalkthroughStep[];
  /** `flaws-*` files: a design with deliberate mistakes for the linter (and the reader) to find. */
  isFlawVariant: boolean;
  /** For a flaw variant: the reference design it was derived from. */
  basedOn?: string;
  expectedFindings: ExpectedFinding[];
  /** The design as read; never handed to the editor as is (open a deep copy). */
  design: Design;
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
  if (!isObject(meta)) throw new Error(`${id}: template: missing; expected { task, seed, sources, order }`);
  const task = str(meta.task);
  const seed = str(meta.seed);
  if (!task) throw new Error(`${id}: template.task: expected the ML task as a string`);
  if (!seed) throw new Error(`${id}: template.seed: expected a seed id such as "s000"`);
  if (typeof meta.order !== 'number') throw new Error(`${id}: template.order: expected the template's place in the gallery as a number`);
  const sources = Array.isArray(meta.sources) ? meta.sources.filter((s): s is string => typeof s === 'string') : [seed];
  const isFlawVariant = id.startsWith('flaws-');
  const expectedRaw = design.extra?.expectedFindings;
  if (expectedRaw !== undefined && !Array.isArray(expectedRaw)) throw new Error(`${id}: expectedFindings: expected a list`);
  const expectedFindings = (expectedRaw ?? []).map(readExpected);
  if (isFlawVariant && !expectedFindings.length) throw new Error(`${id}: expectedFindings: a flaws-* template needs at least one`);
  const basedOn = str(meta.basedOn);
  return {
    id,
    title: design.title?.trim() || id,
    description: design.description ?? '',
    task,
    seed,
    sources,
    order: meta.order,
    walkthrough: design.walkthrough ?? [],
    isFlawVariant,
    ...(basedOn && { basedOn }),
    expectedFindings,
    design,
  };
}

/** Reference designs first, then the flaw variants, each in the files' curated order. */
export function inGalleryOrder(templates: readonly Template[]): Template[] {
  const byOrder = (a: Template, b: Template) => a.order - b.order || a.title.localeCompare(b.title);
  return [...templates.filter((t) => !t.isFlawVariant).sort(byOrder), ...templates.filter((t) => t.isFlawVariant).sort(byOrder)];
}

/** The template id of a file path such as `/templates/news-feed-ranking.json`. */
export const templateIdOf = (path: string) => path.replace(/^.*\//, '').replace(/\.json$/, '');
