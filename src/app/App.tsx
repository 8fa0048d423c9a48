import { ReactFlowProvider, useReactFlow, useStoreApi } from '@xyflow/react';
import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { Canvas } from '../canvas/Canvas';
import { keyboardServices } from '../canvas/focus';
import { useCanvasKeys } from '../canvas/useCanvasKeys';
import { cardKeysDescription } from '../state/commands/cardKeys';
import { FIT_ON_OPEN } from '../canvas/sizes';
import { Notices } from '../panels/Notices';
import { Palette } from '../panels/Palette';
import { DIALOGS } from './dialogs';
import { SidePanel } from '../panels/SidePanel';
import { Toolbar } from '../panels/Toolbar';
import { commandForKey, getCommand } from '../state/commands';
import { provideUi, runCommand } from '../state/commands/run';
import { readClipboard, writeClipboard } from '../state/clipboard';
import { createDesign, initDesigns, startAutosave } from '../state/designs';
import { openDesignFile, openPastedText, pickFile, saveDesignFile } from '../state/files';
import { startLinting } from '../state/lint';
import { notify } from '../state/notify';
import { useUiPrefs } from '../state/prefs';
import { usePresenter } from '../state/presenter';
import { openShareLinkFromLocation } from '../state/share';
import { useEditor } from '../state/store';
import { previewDrag } from '../state/sync/dragPreview';
import { roomLinkOf } from '../state/room/links';
import { useRoom } from '../state/room/roomState';
import { startVersioning } from '../state/versions';

// The interview bar (timer, phases, checklists) loads just after the first paint; it restores a running interview.
const InterviewBar = lazy(() => import('../panels/InterviewBar').then((m) => ({ default: m.InterviewBar })));

const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

/** Connects the command registry to the screen: viewport, dialogs, files, clipboard. */
function useUiServices(openPanel: (name: string) => void) {
  const rf = useReactFlow();
  const flowStore = useStoreApi();
  useEffect(() => {
    provideUi({
      ...keyboardServices(flowStore),
      viewportCenter() {
        const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
        return pane ? rf.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 }) : { x: 0, y: 0 };
      },
      fitView: () => void rf.fitView({ padding: 0.2, maxZoom: 1.2, duration: 200 }),
      zoomIn: () => void rf.zoomIn({ duration: 150 }),
      zoomOut: () => void rf.zoomOut({ duration: 150 }),
      undo: () => useEditor.getState().undo(),
      redo: () => useEditor.getState().redo(),
      openFile: () => pickFile(),
      saveFile: saveDesignFile,
      newDesign: () => void createDesign(),
      toggleTheme: () => useUiPrefs.getState().toggleTheme(),
      toggleSnap: () => useUiPrefs.getState().toggleSnap(),
      writeClipboard,
      readClipboard,
      notify: (m) => notify(m),
      open: openPanel,
    });
  }, [rf, flowStore, openPanel]);

  // Fit the view whenever another design is opened.
  const designId = useEditor((s) => s.designId);
  useEffect(() => {
    if (designId) requestAnimationFrame(() => void rf.fitView(FIT_ON_OPEN));
  }, [designId, rf]);
}

const CARD_KEYS = cardKeysDescription();

function Studio() {
  const [panel, setPanel] = useState<string>();
  useUiServices(setPanel);
  useCanvasKeys();
  const theme = useUiPrefs((s) => s.theme);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  useEffect(() => {
    const stopAutosave = startAutosave();
    let stopLint = () => {};
    let stopVersions = () => {};
    void initDesigns().then(async ({ firstVisit }) => {
      stopLint = startLinting();
      stopVersions = startVersioning();
      // A share link in the address bar opens its design (as a new one) instead of the gallery.
      if (await openShareLinkFromLocation()) return;
      // A live-session link: the live dialog joins (asking for a name the first time).
      if (roomLinkOf(location.hash)) return setPanel('live');
      // A fresh visitor sees the starter design with the template gallery in front of it.
      if (firstVisit && DIALOGS.gallery) setPanel('gallery');
    });
    // A link pasted into the address bar of an open studio changes only the fragment.
    const onHash = () => (roomLinkOf(location.hash) ? setPanel('live') : void openShareLinkFromLocation());
    window.addEventListener('hashchange', onHash);
    return () => {
      stopAutosave();
      stopLint();
      stopVersions();
      window.removeEventListener('hashchange', onHash);
    };
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Presenter mode handles its own keys; no other shortcut may edit the design meanwhile.
      if (isTyping(e.target) || document.querySelector('dialog[open]') || usePresenter.getState().active) return;
      const command = commandForKey(e);
      // Mod+V lets the browser fire its paste event (below), which carries what the clipboard holds.
      if (!command || command.name === 'paste') return;
      e.preventDefault();
      runCommand(command);
    };
    // Pasted text that is a Mermaid flowchart or a design file opens as a new design; otherwise the
    // cards copied in the studio are pasted.
    const onPaste = (e: ClipboardEvent) => {
      if (isTyping(e.target) || document.querySelector('dialog[open]') || usePresenter.getState().active) return;
      e.preventDefault();
      if (!openPastedText(e.clipboardData?.getData('text/plain') ?? '')) runCommand(getCommand('paste'));
    };
    // Design files dropped anywhere on the window open as a new design.
    const onDragOver = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      const file = e.dataTransfer?.files?.[0];
      if (!file) return;
      e.preventDefault();
      void openDesignFile(file);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('paste', onPaste);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('paste', onPaste);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  return (
    <div className="studio">
      <Toolbar />
      <Palette />
      <main className="main" aria-label="Canvas area">
        <Suspense fallback={null}>
          <InterviewBar />
        </Suspense>
        <InterviewRoomSlot />
        <Canvas onDragFrame={previewDrag} cardKeys={CARD_KEYS} />
      </main>
      <SidePanel />
      <Notices />
      <OpenDialog name={panel} onClose={() => setPanel(undefined)} />
    </div>
  );
}

// Loads with the room client, only inside a room.
const InterviewRoomBar = lazy(() => import('../panels/InterviewRoomBar').then((m) => ({ default: m.InterviewRoomBar })));

function InterviewRoomSlot() {
  const room = useRoom((s) => s.room && s.connection !== 'connecting');
  return room ? (
    <Suspense fallback={null}>
      <InterviewRoomBar />
    </Suspense>
  ) : null;
}

function OpenDialog({ name, onClose }: { name?: string; onClose(): void }) {
  const Dialog = name ? DIALOGS[name] : undefined;
  if (!Dialog) return null;
  return (
    <Suspense fallback={null}>
      <Dialog onClose={onClose} />
    </Suspense>
  );
}

const RecoveryPage = lazy(() => import('../panels/RecoveryPage').then((m) => ({ default: m.RecoveryPage })));
const onHashChange = (cb: () => void) => (window.addEventListener('hashchange', cb), () => window.removeEventListener('hashchange', cb));

export function App() {
  // The recovery page replaces the studio, so nothing of the studio starts (and writes) while one recovers.
  const recovering = useSyncExternalStore(onHashChange, () => location.hash === '#recover');
  if (recovering)
    return (
      <Suspense fallback={null}>
        <RecoveryPage />
      </Suspense>
    );
  return (
    <ReactFlowProvider>
      <Studio />
    </ReactFlowProvider>
  );
}
