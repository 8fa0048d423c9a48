import { useEffect, useState } from 'react';
import { createDesign } from '../state/designs';
import { useUiPrefs } from '../state/prefs';
import { starterDesign } from '../state/starter';
import { useEditor } from '../state/store';
import { loadTemplates, type Template, type TemplateList, thumbnailUrl } from '../state/templates';
import { type Design, emptyDesign, titleOf } from '../core/document';
import { getRule } from '../core/lint';
import { Dialog } from './Dialog';
import './gallery.css';

/** Steps shown before "Show all": enough to see the shape of the walkthrough. */
const OUTLINE_STEPS = 4;

function Outline({ template }: { template: Template }) {
  const steps = template.walkthrough;
  const [all, setAll] = useState(false);
  if (!steps.length) return null;
  const long = steps.length > OUTLINE_STEPS + 1;
  const shown = all || !long ? steps : steps.slice(0, OUTLINE_STEPS);
  return (
    <div className="gallery__outline">
      <ol aria-label={`Walkthrough of ${template.title}`}>
        {shown.map((s, i) => (
          <li key={i} title={s.notes}>
            {s.title}
          </li>
        ))}
      </ol>
      {long && (
        <button type="button" className="gallery__more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show fewer steps' : `Show all ${steps.length} steps`}
        </button>
      )}
    </div>
  );
}

function Answers({ template }: { template: Template }) {
  const [open, setOpen] = useState(false);
  const n = template.expectedFindings.length;
  const labelOf = (id: string) => template.design.nodes.find((x) => x.id === id)?.label ?? id;
  return (
    <div className="gallery__flaws">
      <p>
        <strong>Find the flaws:</strong> {n} expected {n === 1 ? 'finding' : 'findings'}
      </p>
      <button type="button" className="gallery__more" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide answers' : 'Show answers'}
      </button>
      {open && template.description && <p className="gallery__note">{template.description}</p>}
      {open && (
        <ul className="gallery__answers" aria-label={`Answers for ${template.title}`}>
          {template.expectedFindings.map((f, i) => (
            <li key={i}>
              <code>{f.rule}</code>
              {f.nodeIds.length > 0 && <span className="muted"> on {f.nodeIds.map(labelOf).join(', ')}</span>}
              <div>{f.note ?? getRule(f.rule)?.meta.docs.description}</div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function TemplateCard({ template, busy, onOpen }: { template: Template; busy: boolean; onOpen(design: Design): void }) {
  const theme = useUiPrefs((s) => s.theme);
  const { design } = template;
  const others = template.sources.filter((s) => s !== template.seed);
  return (
    <li>
      <article className="gallery__card" aria-label={template.title}>
        <img
          className="gallery__thumb"
          src={thumbnailUrl(template, theme)}
          alt={`Diagram of ${template.title}: ${design.nodes.length} components, ${design.edges.length} connections`}
          loading="lazy"
          decoding="async"
        />
        <div className="gallery__text">
          <h4>{template.title}</h4>
          <p className="gallery__task">{template.task}</p>
          <p className="gallery__seed muted">
            from {template.seed}
            {others.length > 0 && ` · also ${others.join(', ')}`} · {design.nodes.length} components
          </p>
          {/* A flaw variant's description is the instructor's note: it names the flaws, so it waits for "Show answers". */}
          {template.description && !template.isFlawVariant && (
            <p className="gallery__desc muted" title={template.description}>
              {template.description}
            </p>
          )}
          {template.isFlawVariant && <Answers template={template} />}
          <Outline template={template} />
        </div>
        <button type="button" className="gallery__open" disabled={busy} aria-label={`Open ${template.title}`} onClick={() => onOpen(design)}>
          Open
        </button>
      </article>
    </li>
  );
}

/** The template gallery: start blank, keep the current design, or open a copy of a reference design. */
export function Gallery({ onClose }: { onClose(): void }) {
  const [list, setList] = useState<TemplateList>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const current = useEditor((s) => titleOf(s.design));
  const onlyStarter = useEditor((s) => s.designs.length <= 1) && current === starterDesign().title;

  useEffect(() => {
    loadTemplates().then(setList, (e: Error) => setFailure(e.message));
  }, []);

  // The template stays as it was read: the new design is a deep copy, so edits never reach it.
  const open = async (design: Design) => {
    setBusy(true);
    try {
      await createDesign(structuredClone(design));
      onClose();
    } finally {
      setBusy(false);
    }
  };

  const references = list?.templates.filter((t) => !t.isFlawVariant) ?? [];
  const flaws = list?.templates.filter((t) => t.isFlawVariant) ?? [];

  return (
    <Dialog title="Template gallery" onClose={onClose} wide>
      <div className="gallery">
        <section className="gallery__start" aria-label="Start">
          <article className="gallery__card gallery__card--blank" aria-label="Blank design">
            <div className="gallery__blank" aria-hidden="true">
              +
            </div>
            <div className="gallery__text">
              <h4>Blank design</h4>
              <p className="muted">An empty canvas: drag components from the palette.</p>
            </div>
            <button type="button" className="gallery__open" disabled={busy} aria-label="Create a blank design" onClick={() => void open(emptyDesign())}>
              Create
            </button>
          </article>
          <div className="gallery__intro">
            <p>
              Start from a reference design drawn from the interview guides: each opens as a new design of your own, with a walkthrough of the order to
              present it in. The template itself never changes.
            </p>
            <button type="button" className="gallery__keep" onClick={onClose}>
              {onlyStarter ? 'Keep the starter design' : `Keep editing “${current}”`}
            </button>
          </div>
        </section>

        {failure && (
          <p role="alert" className="gallery__problem">
            The templates could not be loaded: {failure}
          </p>
        )}
        {!list && !failure && <p className="muted">Loading templates…</p>}

        {references.length > 0 && (
          <section aria-labelledby="gallery-references">
            <h3 id="gallery-references">Reference designs</h3>
            <ul className="gallery__grid">
              {references.map((t) => (
                <TemplateCard key={t.id} template={t} busy={busy} onOpen={(d) => void open(d)} />
              ))}
            </ul>
          </section>
        )}

        {flaws.length > 0 && (
          <section aria-labelledby="gallery-flaws">
            <h3 id="gallery-flaws">Spot the flaws</h3>
            <p className="muted">Designs with deliberate mistakes. Open one, find what is wrong, then compare with the linter and the answers.</p>
            <ul className="gallery__grid">
              {flaws.map((t) => (
                <TemplateCard key={t.id} template={t} busy={busy} onOpen={(d) => void open(d)} />
              ))}
            </ul>
          </section>
        )}

        {list && list.problems.length > 0 && (
          <section className="gallery__problem" aria-label="Templates that could not be read">
            <p>{list.problems.length === 1 ? 'One template could not be read:' : `${list.problems.length} templates could not be read:`}</p>
            <ul>
              {list.problems.map((p) => (
                <li key={p.id}>{p.message}</li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </Dialog>
  );
}
