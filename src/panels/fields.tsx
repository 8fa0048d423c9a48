import { useEffect, useId, useState } from 'react';
import type { PropSpec, PropValue } from '../core/catalog';
import { numberProblem } from '../core/document';

/** Controls for one property, by type. Each validates and never silently coerces. */

interface FieldProps {
  name: string;
  label: string;
  spec: PropSpec;
  /** The value the node sets itself (undefined = the kind's default or unset). */
  own: PropValue | undefined;
  onChange(value: PropValue | undefined): void;
}

function NumberField({ label, spec, own, onChange }: FieldProps & { spec: Extract<PropSpec, { type: 'number' }> }) {
  const id = useId();
  const shown = own ?? spec.default;
  const [draft, setDraft] = useState(shown === undefined ? '' : String(shown));
  const [error, setError] = useState<string>();
  useEffect(() => {
    setDraft(shown === undefined ? '' : String(shown));
    setError(undefined);
  }, [shown]);
  const apply = () => {
    const text = draft.trim().replace(/[,_\s]/g, '');
    if (text === '') {
      setError(undefined);
      if (own !== undefined) onChange(undefined);
      return;
    }
    const value = Number(text);
    const problem = Number.isFinite(value) ? numberProblem(spec, value) : `“${draft}” is not a number`;
    if (problem) {
      setError(`${label} ${problem.replace(/^must/, 'must')}`);
      return;
    }
    setError(undefined);
    if (value !== own) onChange(value);
  };
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {spec.unit && <span className="field__unit"> ({spec.unit})</span>}
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={draft}
        placeholder={spec.default === undefined ? 'unset' : String(spec.default)}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={apply}
        onKeyDown={(e) => e.key === 'Enter' && apply()}
      />
      {error && (
        <div id={`${id}-error`} className="field__error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}

export function PropField(props: FieldProps) {
  const { label, spec, own, onChange } = props;
  const id = useId();
  const value = own ?? spec.default;
  switch (spec.type) {
    case 'number':
      return <NumberField {...props} spec={spec} />;
    case 'boolean':
      return (
        <div className="field field--inline">
          <input id={id} type="checkbox" role="switch" checked={value === true} onChange={(e) => onChange(e.target.checked)} />
          <label htmlFor={id}>{label}</label>
        </div>
      );
    case 'enum':
      return (
        <div className="field">
          <label htmlFor={id}>{label}</label>
          <select id={id} value={(value as string | undefined) ?? ''} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}>
            {spec.default === undefined && <option value="">— unset</option>}
            {spec.options.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </div>
      );
    case 'list': {
      const chosen = new Set((value as string[] | undefined) ?? []);
      return (
        <fieldset className="field field--list">
          <legend>{label}</legend>
          {spec.options.map((o) => (
            <label key={o} className="chip">
              <input
                type="checkbox"
                checked={chosen.has(o)}
                onChange={(e) => onChange(spec.options.filter((x) => (x === o ? e.target.checked : chosen.has(x))))}
              />
              {o}
            </label>
          ))}
        </fieldset>
      );
    }
    case 'string':
      return <TextField label={label} value={(value as string | undefined) ?? ''} onCommit={(v) => onChange(v === '' ? undefined : v)} />;
  }
}

/** A text input that commits on Enter or when it loses focus: one undo step per edit, not per key. */
export function TextField({ label, value, onCommit, multiline }: { label: string; value: string; onCommit(v: string): void; multiline?: boolean }) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => draft !== value && onCommit(draft);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} rows={3} value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={commit} />
      ) : (
        <input id={id} type="text" value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} />
      )}
    </div>
  );
}

/** "candidatesOut" → "Candidates out". */
export function humanize(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/Ms$/, '').replace(/\bMs\b/, '').trim();
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase().replace(/\bqps\b/, 'QPS').replace(/\bslo\b/, 'SLO').replace(/\bpsi\b/, 'PSI');
}
