import { emptyDesign } from '../core/document';
import { EMPTY_REQUIREMENTS, getPrompt, isDuration, startTimer } from '../core/interview';
import { createDesign } from './designs';
import { clock, type StartOptions, useInterview } from './interview';

// Apart from the running interview's store: the practice prompts load with the start dialog only.
/** Starts an interview on a new design (the open one is saved and kept). */
export async function startInterview(opts: StartOptions): Promise<void> {
  const title = opts.title.trim();
  if (!title) throw new Error('Give the interview a title');
  if (!isDuration(opts.minutes)) throw new Error(`An interview lasts 30, 45 or 60 minutes, not ${opts.minutes}`);
  const prompt = getPrompt(opts.promptId);
  const design = { ...emptyDesign(title), ...(prompt && { description: prompt.brief }) };
  const designId = await createDesign(design);
  useInterview.setState({
    session: {
      ...(prompt && { promptId: prompt.id }),
      title,
      designId,
      minutes: opts.minutes,
      timer: startTimer(clock.now()),
      requirements: { ...EMPTY_REQUIREMENTS },
      ticked: {},
      noHints: opts.noHints,
    },
  });
}
