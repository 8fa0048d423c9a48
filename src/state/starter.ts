import { type Design, FORMAT } from '../core/document';

/**
 * What a fresh visitor sees: a small ranking service, half drawn, so the canvas, the inspector
 * and the linter all have something to show before anyone reads a manual.
 */
export function starterDesign(): Design {
  return {
    format: FORMAT,
    version: 1,
    title: 'My first ML system',
    description: 'A small feed-ranking service to start from: drag more components from the palette and follow the linter.',
    nodes: [
      { id: 'request', kind: 'client-request', label: 'Feed request', position: { x: 0, y: 0 }, props: { sloLatencyMs: 200, qps: 500, latencyMs: 0 } },
      { id: 'retrieval', kind: 'candidate-generation', position: { x: 280, y: 0 }, props: { sources: ['graph', 'ann'], candidatesOut: 1000, latencyMs: 20 } },
      { id: 'ranker', kind: 'heavy-ranker', label: 'Engagement ranker', position: { x: 1120, y: 0 }, props: { domain: 'ranking', candidatesIn: 1000, candidatesOut: 50, latencyMs: 50 } },
      { id: 'features', kind: 'feature-store', position: { x: 280, y: 170 }, props: { latencyMs: 5 } },
      { id: 'events', kind: 'event-log', label: 'Clicks and impressions', position: { x: 0, y: 340 }, props: {} },
      { id: 'trainer', kind: 'trainer', position: { x: 560, y: 340 }, props: { domain: 'ranking' } },
      { id: 'registry', kind: 'model-registry', position: { x: 840, y: 340 }, props: {} },
    ],
    edges: [
      { id: 'request-retrieval', source: 'request', target: 'retrieval', flow: 'request' },
      { id: 'retrieval-ranker', source: 'retrieval', target: 'ranker', flow: 'request', label: '~1,000 candidates' },
      { id: 'features-ranker', source: 'features', target: 'ranker', flow: 'request' },
      { id: 'events-features', source: 'events', target: 'features', flow: 'data' },
      { id: 'features-trainer', source: 'features', target: 'trainer', flow: 'data' },
      { id: 'trainer-registry', source: 'trainer', target: 'registry', flow: 'data' },
      { id: 'registry-ranker', source: 'registry', target: 'ranker', flow: 'data' },
    ],
  };
}
