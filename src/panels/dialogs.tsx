import { type ComponentType, lazy, type LazyExoticComponent } from 'react';

/**
 * Dialogs the app opens by name (`ui.open(name)` from a command). Each loads lazily, so the
 * initial bundle carries none of them. Features add their dialog here, one line each.
 */
export type DialogComponent = ComponentType<{ onClose(): void }>;

export const DIALOGS: Record<string, LazyExoticComponent<DialogComponent>> = {
  shortcuts: lazy(() => import('./ShortcutsDialog').then((m) => ({ default: m.ShortcutsDialog }))),
  export: lazy(() => import('./ExportDialog').then((m) => ({ default: m.ExportDialog }))),
  layout: lazy(() => import('./LayoutDialog').then((m) => ({ default: m.LayoutDialog }))),
  gallery: lazy(() => import('./Gallery').then((m) => ({ default: m.Gallery }))),
  palette: lazy(() => import('./CommandPalette').then((m) => ({ default: m.CommandPalette }))),
  presenter: lazy(() => import('./Presenter').then((m) => ({ default: m.Presenter }))),
  compare: lazy(() => import('./ComparePanel').then((m) => ({ default: m.ComparePanel }))),
  'interview-start': lazy(() => import('./InterviewStartDialog').then((m) => ({ default: m.InterviewStartDialog }))),
  live: lazy(() => import('./room/LiveDialog').then((m) => ({ default: m.LiveDialog }))),
  'interview-review': lazy(() => import('./InterviewReview').then((m) => ({ default: m.InterviewReview }))),
};
