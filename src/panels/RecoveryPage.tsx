import { useEffect, useState } from 'react';
import { download } from '../state/files';
import { type RecoveryScan, recoveryZip, scanLocalStorage } from '../state/recovery';
import './recovery.css';

const when = (at?: number) => (at ? new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '');

/**
 * /#recover: everything this browser holds that looks like a design, found without the app's index,
 * with one button that downloads it all as a zip. Nothing here writes to storage.
 */
export function RecoveryPage() {
  const [scan, setScan] = useState<RecoveryScan>();
  const [error, setError] = useState<string>();
  const [zipping, setZipping] = useState(false);

  useEffect(() => {
    scanLocalStorage()
      .then(setScan)
      .catch((e: Error) => setError(e.message));
  }, []);

  const downloadAll = async () => {
    if (!scan) return;
    setZipping(true);
    try {
      download(await recoveryZip(scan.items), `mlsd-studio-recovery-${new Date().toISOString().slice(0, 10)}.zip`);
    } catch (e) {
      setError(`The zip could not be made: ${(e as Error).message}`);
    } finally {
      setZipping(false);
    }
  };

  return (
    <main className="recovery" aria-labelledby="recovery-title">
      <h1 id="recovery-title">Recover designs</h1>
      <p>
        Every design, version and unsaved edit found in this browser's local storage, read directly from the databases (the studio's own list is not trusted here).
        Download them all, then <a href="#">go back to the studio</a>.
      </p>
      {error && <p role="alert">{error}</p>}
      {!scan ? (
        <p role="status">Looking through local storage…</p>
      ) : (
        <>
          <p role="status">
            Found {scan.items.filter((i) => i.kind === 'design').length} designs, {scan.items.filter((i) => i.kind === 'version').length} versions and{' '}
            {scan.items.filter((i) => i.kind === 'unsaved edit').length} unsaved edits.
          </p>
          <button type="button" onClick={() => void downloadAll()} disabled={!scan.items.length || zipping}>
            {zipping ? 'Preparing zip…' : 'Download all as zip'}
          </button>
          {scan.problems.length > 0 && (
            <section aria-label="Storage that could not be read">
              <h2>Could not be read</h2>
              <ul>
                {scan.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </section>
          )}
          <table aria-label="Found in local storage">
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Kind</th>
                <th scope="col">Components</th>
                <th scope="col">Saved</th>
                <th scope="col">Found in</th>
              </tr>
            </thead>
            <tbody>
              {scan.items.map((it) => (
                <tr key={`${it.source}/${it.key}`}>
                  <th scope="row">
                    {it.title}
                    {!it.readable && ' (damaged: exported as found)'}
                  </th>
                  <td>{it.kind}</td>
                  <td>{it.nodes}</td>
                  <td>{when(it.at)}</td>
                  <td>
                    {it.source} › {it.key}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </main>
  );
}
