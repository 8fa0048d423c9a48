import type { Category } from '../catalog/types';

export type ThemeName = 'light' | 'dark';

/**
 * One colour per category, shared by the canvas, the SVG writer and the Mermaid classDefs so
 * that a design looks the same everywhere. `bar` is the strong accent (the card's top bar, the
 * Mermaid stroke); `fill` is a tint light enough for text to stay readable on it.
 */
export interface CategoryColor {
  bar: string;
  fill: string;
}

export const CATEGORY_COLORS: Record<ThemeName, Record<Category, CategoryColor>> = {
  light: {
    client: { bar: '#2563eb', fill: '#eff6ff' },
    infra: { bar: '#64748b', fill: '#f1f5f9' },
    data: { bar: '#0891b2', fill: '#ecfeff' },
    processing: { bar: '#0d9488', fill: '#f0fdfa' },
    features: { bar: '#16a34a', fill: '#f0fdf4' },
    training: { bar: '#ca8a04', fill: '#fefce8' },
    registry: { bar: '#ea580c', fill: '#fff7ed' },
    serving: { bar: '#dc2626', fill: '#fef2f2' },
    'retrieval-ranking': { bar: '#db2777', fill: '#fdf2f8' },
    experimentation: { bar: '#7c3aed', fill: '#f5f3ff' },
    monitoring: { bar: '#9333ea', fill: '#faf5ff' },
    feedback: { bar: '#4f46e5', fill: '#eef2ff' },
  },
  dark: {
    client: { bar: '#60a5fa', fill: '#172554' },
    infra: { bar: '#94a3b8', fill: '#1e293b' },
    data: { bar: '#22d3ee', fill: '#083344' },
    processing: { bar: '#2dd4bf', fill: '#042f2e' },
    features: { bar: '#4ade80', fill: '#052e16' },
    training: { bar: '#facc15', fill: '#422006' },
    registry: { bar: '#fb923c', fill: '#431407' },
    serving: { bar: '#f87171', fill: '#450a0a' },
    'retrieval-ranking': { bar: '#f472b6', fill: '#500724' },
    experimentation: { bar: '#a78bfa', fill: '#2e1065' },
    monitoring: { bar: '#c084fc', fill: '#3b0764' },
    feedback: { bar: '#818cf8', fill: '#1e1b4b' },
  },
};

/** Colours of everything that is not a category: page, cards, text, edges, finding badges. */
export interface ThemeColors {
  background: string;
  card: string;
  cardBorder: string;
  text: string;
  mutedText: string;
  edge: string;
  edgeLabelBackground: string;
  laneFill: string;
  laneText: string;
  error: string;
  warning: string;
  info: string;
}

export const THEME_COLORS: Record<ThemeName, ThemeColors> = {
  light: {
    background: '#ffffff',
    card: '#ffffff',
    cardBorder: '#cbd5e1',
    text: '#0f172a',
    mutedText: '#64748b',
    edge: '#475569',
    edgeLabelBackground: '#ffffff',
    laneFill: '#f8fafc',
    laneText: '#94a3b8',
    error: '#dc2626',
    warning: '#d97706',
    info: '#2563eb',
  },
  dark: {
    background: '#0f172a',
    card: '#1e293b',
    cardBorder: '#334155',
    text: '#f1f5f9',
    mutedText: '#94a3b8',
    edge: '#94a3b8',
    edgeLabelBackground: '#0f172a',
    laneFill: '#111c33',
    laneText: '#64748b',
    error: '#f87171',
    warning: '#fbbf24',
    info: '#60a5fa',
  },
};

/** Fonts every OS has, so an exported SVG renders the same without the app's web fonts. */
export const FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
