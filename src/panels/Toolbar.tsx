import { getCommand } from '../app/commands';
import { runCommand } from '../app/commands/run';
import { useUiPrefs } from '../app/prefs';
import { useEditor } from '../app/store';
import { DesignsMenu } from './DesignsMenu';
import { LiveStatus } from './room/LiveStatus';
import { TOOLBAR_ITEMS } from './toolbarItems';

function CommandButton({ name, icon, label, text }: { name: string; icon?: string; label?: string; text?: string }) {
  const command = getCommand(name)!;
  const name_ = label ?? command.label;
  return (
    <button
      type="button"
      className={text ? 'toolbar__text' : 'toolbar__button'}
      onClick={() => runCommand(command)}
      title={command.shortcut ? `${name_} (${command.shortcut})` : name_}
      aria-label={name_}
    >
      {text ?? <span aria-hidden="true">{icon}</span>}
    </button>
  );
}

export function Toolbar() {
  const canUndo = useEditor((s) => s.history.past.length > 0);
  const canRedo = useEditor((s) => s.history.future.length > 0);
  const theme = useUiPrefs((s) => s.theme);
  const snap = useUiPrefs((s) => s.snap);
  return (
    <header className="toolbar" role="toolbar" aria-label="Main toolbar">
      <span className="brand" aria-hidden="true">
        ◈ MLSD Studio
      </span>
      <DesignsMenu />
      <span className="toolbar__sep" />
      {TOOLBAR_ITEMS.map((item) => (
        <CommandButton key={item.command} name={item.command} icon={item.icon} text={item.text} label={item.label} />
      ))}
      <span className="toolbar__sep" />
      <button type="button" className="toolbar__button" disabled={!canUndo} onClick={() => runCommand(getCommand('undo')!)} title="Undo (Ctrl+Z)" aria-label="Undo">
        ↶
      </button>
      <button type="button" className="toolbar__button" disabled={!canRedo} onClick={() => runCommand(getCommand('redo')!)} title="Redo (Ctrl+Shift+Z)" aria-label="Redo">
        ↷
      </button>
      <CommandButton name="fit-view" icon="⤢" />
      <span className="toolbar__grow" />
      <LiveStatus onOpen={() => runCommand(getCommand('live-session')!)} />
      <button type="button" className="toolbar__button" aria-pressed={snap} onClick={() => useUiPrefs.getState().toggleSnap()} title="Snap to grid (Alt+G)" aria-label="Snap to grid">
        #
      </button>
      <button
        type="button"
        className="toolbar__button"
        onClick={() => useUiPrefs.getState().toggleTheme()}
        title="Toggle dark theme (Alt+Shift+D)"
        aria-label={theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}
      >
        {theme === 'dark' ? '☀' : '☾'}
      </button>
      <CommandButton name="shortcuts" icon="⌨" />
    </header>
  );
}
