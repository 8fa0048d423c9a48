import { type CommandName, getCommand, shortcutLabel } from '../state/commands';
import { runCommand } from '../state/commands/run';
import { useUiPrefs } from '../state/prefs';
import { useEditor } from '../state/store';
import { DesignsMenu } from './DesignsMenu';
import { LiveStatus } from './room/LiveStatus';
import { TOOLBAR_ITEMS } from './toolbarItems';

interface CommandButtonProps {
  name: CommandName;
  icon?: string;
  label?: string;
  text?: string;
  disabled?: boolean;
  pressed?: boolean;
}

/** Every toolbar button runs a command of the registry; its tooltip shows the command's shortcut. */
function CommandButton({ name, icon, label, text, disabled, pressed }: CommandButtonProps) {
  const command = getCommand(name);
  const name_ = label ?? command.label;
  const shortcut = shortcutLabel(command.keys);
  return (
    <button
      type="button"
      className={text ? 'toolbar__text' : 'toolbar__button'}
      disabled={disabled}
      aria-pressed={pressed}
      onClick={() => runCommand(command)}
      title={shortcut ? `${name_} (${shortcut})` : name_}
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
      <CommandButton name="undo" icon="↶" label="Undo" disabled={!canUndo} />
      <CommandButton name="redo" icon="↷" label="Redo" disabled={!canRedo} />
      <CommandButton name="fit-view" icon="⤢" />
      <span className="toolbar__grow" />
      <LiveStatus onOpen={() => runCommand(getCommand('live-session'))} />
      <CommandButton name="toggle-snap" icon="#" label="Snap to grid" pressed={snap} />
      <CommandButton name="toggle-theme" icon={theme === 'dark' ? '☀' : '☾'} label={theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'} />
      <CommandButton name="shortcuts" icon="⌨" />
    </header>
  );
}
