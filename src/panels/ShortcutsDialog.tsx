import { COMMANDS, shortcutLabel } from '../state/commands';
import { Dialog } from './Dialog';

export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      {/* The list outgrows a short window: its own scroller, reachable by Tab so the keyboard can scroll it. */}
      <div className="shortcuts__scroll" tabIndex={0} role="region" aria-label="Shortcut list">
      <table className="shortcuts">
        <tbody>
          {COMMANDS.filter((c) => c.keys).map((c) => (
            <tr key={c.name}>
              <td>{c.label}</td>
              <td>
                <kbd>{shortcutLabel(c.keys)}</kbd>
              </td>
            </tr>
          ))}
          <tr>
            <td>Add a component at the centre</td>
            <td>
              <kbd>Enter</kbd> on a palette item
            </td>
          </tr>
          <tr>
            <td>Box select / add to selection</td>
            <td>
              <kbd>Shift</kbd>+drag / <kbd>Shift</kbd>+click
            </td>
          </tr>
        </tbody>
      </table>
      </div>
    </Dialog>
  );
}
