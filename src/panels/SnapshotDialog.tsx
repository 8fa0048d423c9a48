import { useEffect, useRef, useState } from 'react';
import { download, fileNameFor } from '../state/files';
import { useEditor } from '../state/store';
import { Dialog } from './Dialog';
import './snapshot.css';

export interface SnapshotTools {
  snapshot(scale: number): Promise<{ blob: Blob; width: number; height: number; ms: number }>;
  copy(png: Promise<Blob>): Promise<void>;
}

const SCALES = [1, 2, 3];

/** Snapshot view: the canvas exactly as it is on screen, downloaded or copied as a PNG. The shell hands in the tools. */
export function SnapshotDialog({ onClose, tools }: { onClose(): void; tools: SnapshotTools }) {
  const [scale, setScale] = useState(2);
  const [result, setResult] = useState<{ url: string; width: number; height: number; ms: number }>();
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const urlRef = useRef<string>(undefined);
  useEffect(
    () => () => {
      if (urlRef.current) URL.revokeObjectURL(urlRef.current);
    },
    [],
  );

  const take = (): Promise<Blob> => {
    setBusy(true);
    setMessage(undefined);
    const shot = tools.snapshot(scale).then((s) => {
      if (urlRef.current) URL.revokeObjectURL(urlRef.current);
      urlRef.current = URL.createObjectURL(s.blob);
      setResult({ url: urlRef.current, width: s.width, height: s.height, ms: s.ms });
      return s.blob;
    });
    shot.catch((e: Error) => setMessage(`No snapshot: ${e.message}`)).finally(() => setBusy(false));
    return shot;
  };
  const save = () =>
    void take()
      .then((blob) => download(blob, fileNameFor(useEditor.getState().design, 'view.png')))
      .catch(() => undefined);
  const copy = () =>
    void tools
      .copy(take())
      .then(() => setMessage('Snapshot copied to the clipboard.'))
      .catch((e: Error) => setMessage(`Not copied: ${e.message}`));

  return (
    <Dialog title="Snapshot view" onClose={onClose}>
      <p className="small">A picture of exactly what the canvas shows now: the visible part of the design, highlights, ghost cards and lanes (zoom buttons and minimap left out).</p>
      <fieldset className="snapshot__scale">
        <legend>Scale</legend>
        {SCALES.map((s) => (
          <label key={s}>
            <input type="radio" name="snapshot-scale" checked={scale === s} onChange={() => setScale(s)} /> {s}×
          </label>
        ))}
      </fieldset>
      <div className="snapshot__actions">
        <button type="button" onClick={save} disabled={busy}>
          Download PNG
        </button>
        <button type="button" onClick={copy} disabled={busy}>
          Copy to clipboard
        </button>
      </div>
      {message && <p role="status">{message}</p>}
      {result && (
        <figure className="snapshot__preview">
          <img src={result.url} alt={`Snapshot, ${result.width} × ${result.height} pixels`} style={{ maxWidth: '100%' }} />
          <figcaption className="small">
            {result.width} × {result.height} px, made in {Math.round(result.ms)} ms
          </figcaption>
        </figure>
      )}
    </Dialog>
  );
}
