import { ViewportPortal } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { bandsAround } from '../core/layout/bands-around';
import { useLayoutPrefs } from '../state/layoutPrefs';
import { useEditor } from '../state/store';
import { moveNodes } from '../core/document';
import { useLiveDrag } from '../state/liveDrag';
import './lanes.css';

/**
 * Online / nearline / offline lanes as labelled bands behind the nodes, when the user asked for
 * lanes (Layout options). Bands are drawn around the nodes where they are, so they follow drags.
 */
function LaneBandsView() {
  const lanes = useLayoutPrefs((s) => s.lanes);
  const direction = useLayoutPrefs((s) => s.direction);
  // Without lanes the bands need nothing of the design, so drags and edits do not wake this up.
  const design = useEditor((s) => (lanes ? s.design : undefined));
  // A drag moves cards before the design takes their positions; the bands follow the cards.
  const live = useLiveDrag((s) => (lanes ? s.positions : undefined));
  const bands = useMemo(() => (design ? bandsAround(live ? moveNodes(design, live) : design, direction) : []), [direction, design, live]);
  if (!bands.length) return null;
  return (
    <ViewportPortal>
      <div className="lane-bands" aria-hidden="true">
        {bands.map((b) => (
          <div key={b.lane} className={`lane-band lane-band--${b.lane}`} data-lane={b.lane} style={{ transform: `translate(${b.x}px, ${b.y}px)`, width: b.width, height: b.height }}>
            <span className="lane-band__label">{b.label}</span>
          </div>
        ))}
      </div>
    </ViewportPortal>
  );
}

export const LaneBands = memo(LaneBandsView);
