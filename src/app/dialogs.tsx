import { type ComponentType, lazy, type LazyExoticComponent } from 'react';

/**
 * The shell's dialogs, opened by name (`ui.open(name)` from a command). Each loads lazily, so the
 * initial bundle carries none of them. Features add their dialog here, one line each.
 */
export type DialogComponent = ComponentType<{ onClose(): void }>;

export const DIALOGS: Record<string, LazyExoticComponent<DialogComponent>> = {
  shortcuts: lazy(() => import('../panels/ShortcutsDialog').then((m) => ({ default: m.ShortcutsDialog }))),
  // The export dialog gets the browser's image exporters from the shell.
  export: lazy(async () => {
    const [{ ExportDialog }, png, svg] = await Promise.all([import('../panels/ExportDialog'), import('../export/png'), import('../export/svg')]);
    const exporters = { png: png.exportPng, copyPng: png.copyPngToClipboard, svg: svg.exportSvg };
    return { default: ({ onClose }: { onClose(): void }) => <ExportDialog onClose={onClose} exporters={exporters} /> };
  }),
  layout: lazy(() => import('../panels/LayoutDialog').then((m) => ({ default: m.LayoutDialog }))),
  gallery: lazy(() => import('../panels/Gallery').then((m) => ({ default: m.Gallery }))),
  palette: lazy(() => import('../panels/CommandPalette').then((m) => ({ default: m.CommandPalette }))),
  presenter: lazy(() => import('../panels/Presenter').then((m) => ({ default: m.Presenter }))),
  compare: lazy(() => import('../panels/ComparePanel').then((m) => ({ default: m.ComparePanel }))),
  'interview-start': lazy(() => import('../panels/InterviewStartDialog').then((m) => ({ default: m.InterviewStartDialog }))),
  live: lazy(() => import('../panels/room/LiveDialog').then((m) => ({ default: m.LiveDialog }))),
  'interview-review': lazy(() => import('../panels/InterviewReview').then((m) => ({ default: m.InterviewReview }))),
  // Snapshot view copies the live canvas, which only the shell may reach into.
  snapshot: lazy(async () => {
    const [{ SnapshotDialog }, shot] = await Promise.all([import('../panels/SnapshotDialog'), import('../export/snapshot')]);
    const tools = { snapshot: (scale: number) => shot.snapshotView(document.querySelector<HTMLElement>('.react-flow')!, scale), copy: shot.copySnapshot };
    return { default: ({ onClose }: { onClose(): void }) => <SnapshotDialog onClose={onClose} tools={tools} /> };
  }),
  connect: lazy(() => import('../panels/ConnectDialog').then((m) => ({ default: m.ConnectDialog }))),
  'mermaid-kinds': lazy(() => import('../panels/MermaidKindsDialog').then((m) => ({ default: m.MermaidKindsDialog }))),
  history: lazy(() => import('../panels/HistoryPanel').then((m) => ({ default: m.HistoryPanel }))),
  'save-version': lazy(() => import('../panels/HistoryPanel').then((m) => ({ default: ({ onClose }: { onClose(): void }) => <m.HistoryPanel onClose={onClose} focusName /> }))),
};
