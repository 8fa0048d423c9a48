import { useState } from 'react';
import { useLayoutPrefs } from '../state/layoutPrefs';
import { download, fileNameFor } from '../state/files';
import { currentFindings } from '../state/lint';
import { useUiPrefs } from '../state/prefs';
import { copyShareLink } from '../state/share';
import { useEditor } from '../state/store';
import { type ImageExporters, type PngOptions, TEXT_EXPORTS, type TextFormat } from '../core/export';
import { Dialog } from './Dialog';
import './export-dialog.css';

type Format = 'png' | 'svg' | TextFormat;

const FORMATS: { id: Format; label: string; hint: string }[] = [
  { id: 'png', label: 'PNG image', hint: 'A picture of the whole design. Opening it in the studio restores the design.' },
  { id: 'svg', label: 'SVG vector image', hint: 'Sharp at any size, text stays text. Opening it in the studio restores the design.' },
  { id: 'json', label: 'JSON design file', hint: 'The design file (format 1), for the studio and the mlsd CLI.' },
  { id: 'mermaid', label: 'Mermaid flowchart', hint: 'Renders in GitHub, GitLab and Notion Markdown.' },
  { id: 'markdown', label: 'Markdown design document', hint: 'Stages, serving path against the SLO, funnel and findings.' },
];

const SCALES = [1, 2, 4];

/** The shell hands in the image exporters, so this dialog reads state and never another UI layer. */
export function ExportDialog({ onClose, exporters }: { onClose(): void; exporters: ImageExporters }) {
  const [format, setFormat] = useState<Format>('png');
  const [scale, setScale] = useState(2);
  const [background, setBackground] = useState(true);
  const [theme, setTheme] = useState(useUiPrefs.getState().theme);
  const [findings, setFindings] = useState(true);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState(false);
  const [manualLink, setManualLink] = useState<string>();

  // The image shows what the canvas shows: its lane bands and, if asked, its findings.
  const drawing = () => {
    const { lanes, direction } = useLayoutPrefs.getState();
    return { theme, findings: findings ? currentFindings() : undefined, lanes: lanes ? { direction } : undefined };
  };
  const pngOptions = (): PngOptions => ({ ...drawing(), scale, background });
  // Messages show in the dialog: notices behind a modal dialog are covered and inert.
  const report = (message: string, tone: 'info' | 'error' = 'info') => {
    setStatus(message);
    setError(tone === 'error');
  };

  async function run(work: () => Promise<string>, failure: string) {
    setBusy(true);
    setStatus('');
    setManualLink(undefined);
    try {
      report(await work());
    } catch (e) {
      report(`${failure}: ${(e as Error).message}`, 'error');
    } finally {
      setBusy(false);
    }
  }

  const onDownload = () =>
    run(async () => {
      const design = useEditor.getState().design;
      if (format === 'png') {
        const png = await exporters.png(design, pngOptions());
        const name = fileNameFor(design, 'png');
        download(png.blob, name);
        const reduced = png.scale < scale ? ` The design is too large for ${scale}×, so it was drawn at ${png.scale}×.` : '';
        return `Downloaded ${name} (${png.width} × ${png.height} px).${reduced}`;
      }
      if (format === 'svg') {
        const svg = await exporters.svg(design, drawing());
        const name = fileNameFor(design, 'svg');
        download(new Blob([svg], { type: 'image/svg+xml' }), name);
        return `Downloaded ${name}.`;
      }
      const { ext, mime, write } = TEXT_EXPORTS[format];
      const name = fileNameFor(design, ext);
      download(new Blob([write(design)], { type: mime }), name);
      return `Downloaded ${name}.`;
    }, `The ${format.toUpperCase()} export failed`);

  const onCopyPng = () => {
    const design = useEditor.getState().design;
    const png = exporters.png(design, pngOptions());
    return run(async () => {
      await exporters.copyPng(png.then((r) => r.blob)).catch(async (e: Error) => {
        await png; // an export failure explains more than the clipboard's refusal
        throw new Error(`the browser refused to write to the clipboard (${e.message}). Use Download instead.`);
      });
      const { width, height } = await png;
      return `Copied the PNG (${width} × ${height} px) to the clipboard.`;
    }, 'Copying the PNG failed');
  };

  const onCopyLink = async () => {
    setBusy(true);
    const result = await copyShareLink();
    setBusy(false);
    setStatus(result.message);
    setError(!result.ok);
    setManualLink(result.ok ? undefined : result.link);
  };

  const image = format === 'png' || format === 'svg';
  return (
    <Dialog title="Export" onClose={onClose}>
      <form
        className="export-form"
        onSubmit={(e) => {
          e.preventDefault();
          void onDownload();
        }}
      >
        <fieldset>
          <legend>Format</legend>
          {FORMATS.map((f) => (
            <label key={f.id} className="export-form__format">
              <input type="radio" name="format" value={f.id} checked={format === f.id} onChange={() => setFormat(f.id)} />
              <span>
                {f.label}
                <small>{f.hint}</small>
              </span>
            </label>
          ))}
        </fieldset>
        {image && (
          <fieldset>
            <legend>Image</legend>
            {format === 'png' && (
              <div className="export-form__row" role="radiogroup" aria-label="Scale">
                Scale
                {SCALES.map((s) => (
                  <label key={s}>
                    <input type="radio" name="scale" checked={scale === s} onChange={() => setScale(s)} /> {s}×
                  </label>
                ))}
              </div>
            )}
            <div className="export-form__row" role="radiogroup" aria-label="Theme">
              Theme
              <label>
                <input type="radio" name="theme" checked={theme === 'light'} onChange={() => setTheme('light')} /> Light
              </label>
              <label>
                <input type="radio" name="theme" checked={theme === 'dark'} onChange={() => setTheme('dark')} /> Dark
              </label>
            </div>
            {format === 'png' && (
              <label>
                <input type="checkbox" checked={background} onChange={(e) => setBackground(e.target.checked)} /> Background (otherwise transparent)
              </label>
            )}
            <label>
              <input type="checkbox" checked={findings} onChange={(e) => setFindings(e.target.checked)} /> Finding badges
            </label>
          </fieldset>
        )}
        <p className={`export-form__status${error && !busy ? ' export-form__status--error' : ''}`} role="status">
          {busy ? 'Working…' : status}
        </p>
        {manualLink && <textarea className="export-form__link" aria-label="Share link" readOnly value={manualLink} rows={3} onFocus={(e) => e.target.select()} />}
        <div className="export-form__actions">
          <button type="button" className="export-button" onClick={() => void onCopyLink()} disabled={busy} title="A link with the whole design inside it (nothing is uploaded)">
            Copy link
          </button>
          {format === 'png' && (
            <button type="button" className="export-button" onClick={() => void onCopyPng()} disabled={busy}>
              Copy PNG
            </button>
          )}
          <button type="submit" className="export-button export-button--primary" disabled={busy}>
            Download
          </button>
        </div>
      </form>
    </Dialog>
  );
}
