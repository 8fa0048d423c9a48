import { tidyUp } from '../state/layout/tidyUp';
import { useLayoutPrefs } from '../state/layoutPrefs';
import { useEditor } from '../state/store';
import { Dialog } from './Dialog';
import './export-dialog.css';

/** Direction and lanes for "Tidy up"; the choice is remembered in this browser. */
export function LayoutDialog({ onClose }: { onClose(): void }) {
  const { direction, lanes, set } = useLayoutPrefs();
  const selected = useEditor((s) => s.selection.nodeIds.size);
  return (
    <Dialog title="Layout options" onClose={onClose}>
      <form
        className="export-form"
        onSubmit={(e) => {
          e.preventDefault();
          onClose();
          void tidyUp();
        }}
      >
        <fieldset>
          <legend>Direction</legend>
          <label>
            <input type="radio" name="direction" checked={direction === 'RIGHT'} onChange={() => set({ direction: 'RIGHT' })} /> Left to right
          </label>
          <label>
            <input type="radio" name="direction" checked={direction === 'DOWN'} onChange={() => set({ direction: 'DOWN' })} /> Top to bottom
          </label>
        </fieldset>
        <label>
          <input type="checkbox" checked={lanes} onChange={(e) => set({ lanes: e.target.checked })} /> Arrange in lanes (offline / nearline / online) and show them as bands
        </label>
        <p className="export-form__hint">
          {selected >= 2 ? `Only the ${selected} selected components are arranged; the rest stay where they are.` : 'The whole design is arranged.'} Pinned components stay where you put them.
        </p>
        <div className="export-form__actions">
          <button type="submit" className="export-button export-button--primary">
            Tidy up
          </button>
        </div>
      </form>
    </Dialog>
  );
}
