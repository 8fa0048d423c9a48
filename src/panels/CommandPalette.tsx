import { useReactFlow } from '@xyflow/react';
import { COMMANDS, type Command, shortcutLabel } from '../state/commands';
import { addKindNextTo, anchorOf } from '../state/commands/palette';
import { isEnabled, runCommand, uiServices } from '../state/commands/run';
import { useEditor } from '../state/store';
import { KINDS, type KindSpec } from '../core/catalog';
import { nodeLabel } from '../core/document';
import { NODE_HEIGHT, NODE_WIDTH } from '../core/layout/sizes';
import { matchesKind } from './Palette';
import { ComboboxDialog } from './ComboboxDialog';

type Entry = { type: 'kind'; id: string; kind: KindSpec } | { type: 'command'; id: string; command: Command };

/** The same rule as the component search: every typed word starts a word of the name. */
export function matchesCommand(command: Command, query: string): boolean {
  const tokens = query.toLowerCase().split(/\s+/).filter(Boolean);
  const words = `${command.label} ${command.name}`.toLowerCase().split(/[^a-z0-9]+/);
  return tokens.every((t) => words.some((w) => w.startsWith(t)));
}

/** Names that start with what was typed come first; then kinds before commands, in catalog order. */
function score(label: string, query: string): number {
  const q = query.trim().toLowerCase();
  const l = label.toLowerCase();
  if (!q || l.startsWith(q)) return 0;
  return l.split(/\s+/)[0].startsWith(q.split(/\s+/)[0]) ? 1 : 2;
}

function entriesFor(query: string): Entry[] {
  const kinds: Entry[] = KINDS.filter((k) => matchesKind(k, query)).map((kind) => ({ type: 'kind', id: `kind-${kind.id}`, kind }));
  const commands: Entry[] = COMMANDS.filter((c) => c.name !== 'command-palette' && matchesCommand(c, query) && isEnabled(c)).map((command) => ({
    type: 'command',
    id: `command-${command.name}`,
    command,
  }));
  const label = (e: Entry) => (e.type === 'kind' ? e.kind.label : e.command.label);
  // With nothing typed, the commands lead: the kinds are one word away.
  const all = query.trim() ? [...kinds, ...commands] : [...commands, ...kinds];
  return all
    .map((e, i) => ({ e, i, s: score(label(e), query) }))
    .sort((a, b) => a.s - b.s || a.i - b.i)
    .map((x) => x.e);
}

/** Ctrl/Cmd+K: add any kind next to the selected node (connected, then selected), or run any command. */
export function CommandPalette({ onClose }: { onClose(): void }) {
  const rf = useReactFlow();
  const anchorLabel = useEditor((s) => {
    const id = anchorOf(s.design, s.selection);
    const node = id ? s.design.nodes.find((n) => n.id === id) : undefined;
    return node ? nodeLabel(node) : undefined;
  });

  const addKind = (kind: string) => {
    const editor = useEditor.getState();
    const result = addKindNextTo(editor.design, editor.selection, kind, uiServices().viewportCenter());
    editor.commit(() => result.design, { select: result.select });
    // Keep the new card in sight: a long chain walks off the right edge of the view.
    const node = result.design.nodes.find((n) => n.id === result.nodeId)!;
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    const at = rf.flowToScreenPosition(node.position!);
    const end = rf.flowToScreenPosition({ x: node.position!.x + NODE_WIDTH, y: node.position!.y + NODE_HEIGHT });
    if (pane && (at.x < pane.left || at.y < pane.top || end.x > pane.right || end.y > pane.bottom)) {
      const zoom = rf.getZoom();
      void rf.setCenter(node.position!.x + NODE_WIDTH / 2, node.position!.y + NODE_HEIGHT / 2, { zoom, duration: 150 });
    }
  };

  const run = (entry: Entry) => {
    onClose();
    if (entry.type === 'kind') addKind(entry.kind.id);
    else runCommand(entry.command);
  };

  return (
    <ComboboxDialog
      title="Command palette"
      inputLabel="Component or command"
      listLabel="Matches"
      idPrefix="cmdk"
      placeholder={anchorLabel ? `Add after ${anchorLabel}, or run a command…` : 'Add a component, or run a command…'}
      match={entriesFor}
      renderOption={(entry) =>
        entry.type === 'kind' ? (
          <>
            <span className={`cmdk__glyph cat-${entry.kind.category}`} aria-hidden="true">
              {entry.kind.glyph}
            </span>
            <span className="cmdk__label">{entry.kind.label}</span>
            <span className="cmdk__hint">{anchorLabel ? `add after ${anchorLabel}` : 'add component'}</span>
          </>
        ) : (
          <>
            <span className="cmdk__glyph" aria-hidden="true">
              ›
            </span>
            <span className="cmdk__label">{entry.command.label}</span>
            {entry.command.keys && <kbd className="cmdk__hint">{shortcutLabel(entry.command.keys)}</kbd>}
          </>
        )
      }
      empty={(query) => `No component or command matches “${query}”.`}
      footer="↑↓ move · Enter run · Esc close"
      onChoose={run}
      onClose={onClose}
    />
  );
}
