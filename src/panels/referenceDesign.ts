import { compareWithReference } from '../core/compare';
import { type Design, restore } from '../core/document';
import type { ReferenceResult } from '../core/interview/review';

/** The reference designs, each its own chunk, fetched only for the review that needs one. */
const TEMPLATE_FILES = import.meta.glob('/templates/*.json', { import: 'default' });

/** What the design misses next to the prompt's reference design (or why there is nothing to compare with). */
export async function compareWithPromptReference(referenceId: string | undefined, promptTitle: string | undefined, design: Design): Promise<ReferenceResult> {
  if (!referenceId) return { status: 'none', reason: promptTitle ? `${promptTitle} has no reference design yet.` : 'A blank-canvas interview has no reference design to compare with.' };
  const load = TEMPLATE_FILES[`/templates/${referenceId}.json`];
  if (!load) return { status: 'none', reason: `The reference design templates/${referenceId}.json is not in this build yet.` };
  const read = restore(await load());
  if (!read.ok) return { status: 'none', reason: `The reference design ${referenceId} could not be read: ${read.errors[0]?.message ?? 'unknown error'}` };
  return { status: 'compared', id: referenceId, title: read.design.title?.trim() || referenceId, comparison: compareWithReference(design, read.design) };
}
