import { useEffect, useMemo, useRef, useState } from 'react';
import type { Design } from '../core/document';
import { diffDesigns } from '../core/history';
import { designImageUrl } from '../state/designImage';
import { useUiPrefs } from '../state/prefs';
import { useEditor } from '../state/store';
import { deleteVersion, readVersion, refreshUsage, refreshVersions, restoreVersion, saveVersion, useVersions, type VersionMeta } from '../state/versions';
import { Dialog } from './Dialog';
import { HistoryDiff } from './HistoryDiff';
import './history.css';

const sizeText = (bytes: number) => (bytes < 1024 ? `${bytes} B` : bytes < 1024 ** 2 ? `${(bytes / 1024).toFixed(1)} kB` : `${(bytes / 1024 ** 2).toFixed(1)} MB`);
const timeText = (at: number) => new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const titleOfVersion = (v: VersionMeta) => v.name ?? `Automatic (${v.reason})`;

function StorageStatus() {
  const persisted = useVersions((s) => s.persisted);
  const usage = useVersions((s) => s.usage);
  return (
    <p className="history__storage" aria-label="Storage">
      {persisted === undefined ? 'Persistent storage: not available in this browser.' : persisted ? 'Persistent storage: granted (the browser will not evict your designs).' : 'Persistent storage: not granted (the browser may evict data when the disk is low).'}
      {usage && ` Using ${sizeText(usage.used)} of ${sizeText(usage.quota)}.`}
    </p>
  );
}

function Thumbnail({ versionKey, alt }: { versionKey: string; alt: string }) {
  const theme = useUiPrefs((s) => s.theme);
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    let live = true;
    void readVersion(versionKey).then((d) => live && d && setUrl(designImageUrl(d, theme)));
    return () => {
      live = false;
    };
  }, [versionKey, theme]);
  return url ? <img className="history__thumb" src={url} alt={alt} /> : <span className="history__thumb" />;
}

/** The version in full, read-only, and how it differs from what is on the canvas now. */
function Preview({ meta, onRestore, onDelete }: { meta: VersionMeta; onRestore(): void; onDelete(): void }) {
  const theme = useUiPrefs((s) => s.theme);
  const current = useEditor((s) => s.design);
  const [version, setVersion] = useState<Design | null>();
  useEffect(() => {
    let live = true;
    setVersion(undefined);
    void readVersion(meta.key).then((d) => live && setVersion(d ?? null));
    return () => {
      live = false;
    };
  }, [meta.key]);
  const diff = useMemo(() => (version ? diffDesigns(version, current) : undefined), [version, current]);
  if (version === null) return <p role="alert">This version could not be read.</p>;
  if (!version || !diff) return <p className="muted">Loading…</p>;
  return (
    <section className="history__preview" aria-label={`Preview of ${titleOfVersion(meta)}`}>
      <header>
        <h3>{titleOfVersion(meta)}</h3>
        <span className="muted">{timeText(meta.at)} · read-only</span>
        <button type="button" onClick={onRestore}>
          Restore this version
        </button>
        <button type="button" onClick={onDelete}>
          Delete this version
        </button>
      </header>
      <img className="history__image" src={designImageUrl(version, theme)} alt={`${titleOfVersion(meta)}: ${meta.nodes} components, ${meta.edges} connections`} />
      <h3>Compared with the current design</h3>
      <HistoryDiff diff={diff} version={version} current={current} />
    </section>
  );
}

/** Version history of the open design: save a named version, preview, compare and restore one. */
export function HistoryPanel({ onClose, focusName }: { onClose(): void; focusName?: boolean }) {
  const list = useVersions((s) => s.list);
  const [selected, setSelected] = useState<string>();
  const [name, setName] = useState('');
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void refreshVersions();
    void refreshUsage();
    if (focusName) nameRef.current?.focus();
  }, [focusName]);

  const chosen = list.find((v) => v.key === selected);
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    if (await saveVersion(name)) setName('');
  };
  const restore = async (key: string) => {
    if (await restoreVersion(key)) onClose();
  };

  return (
    <Dialog title="Version history" onClose={onClose} wide>
      <div className="history">
        <div className="history__side">
          <StorageStatus />
          <form className="history__save" onSubmit={save}>
            <label>
              Version name
              <input ref={nameRef} value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. before the review" />
            </label>
            <button type="submit">Save version</button>
          </form>
          {list.length === 0 ? (
            <p className="muted">No versions yet.</p>
          ) : (
            <ul className="history__list" aria-label="Versions">
              {list.map((v) => (
                <li key={v.key} aria-current={v.key === selected || undefined}>
                  <Thumbnail versionKey={v.key} alt="" />
                  <div>
                    <strong>{titleOfVersion(v)}</strong>
                    <span className="muted">
                      {timeText(v.at)} · {sizeText(v.size)} · {v.nodes} cards
                    </span>
                  </div>
                  <button type="button" onClick={() => setSelected(v.key)} aria-label={`Preview ${titleOfVersion(v)} of ${timeText(v.at)}`}>
                    Preview
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="history__main">{chosen ? <Preview meta={chosen} onRestore={() => void restore(chosen.key)} onDelete={() => void deleteVersion(chosen.key).then(() => setSelected(undefined))} /> : <p className="muted">Pick a version to see it and compare it with the current design.</p>}</div>
      </div>
    </Dialog>
  );
}
