import { useEffect, useRef, useState } from 'react';
import type { Finding } from '../core/lint';
import { findingsAnnouncement } from '../core/outline/announce';
import { useLint } from '../state/lint';
import { useEditor } from '../state/store';
import './outline.css';

/** Tells a screen reader, politely, which findings an edit made appear or clear. Silent when another design is opened. */
export function FindingsAnnouncer() {
  const findings = useLint((s) => s.result.findings);
  const runs = useLint((s) => s.runs);
  const designId = useEditor((s) => s.designId);
  const last = useRef<{ designId: string; findings: readonly Finding[] }>(undefined);
  const [text, setText] = useState('');
  useEffect(() => {
    const before = last.current;
    last.current = { designId, findings };
    // The first result of a design is not news: the findings panel lists it.
    if (!before || before.designId !== designId || runs <= 1) return;
    const sentence = findingsAnnouncement(before.findings, findings);
    if (sentence) setText(sentence);
  }, [findings, designId, runs]);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-label="Finding announcements">
      {text}
    </div>
  );
}
