import { lazy, memo, Suspense } from 'react';
import { useEditor } from '../state/store';

// The marker's code loads with the design's first comment: most designs have none.
const CommentMarker = lazy(() => import('./CommentMarker').then((m) => ({ default: m.CommentMarker })));

function CommentMarkerSlotView(props: { node?: string; edge?: string; className: string; style?: React.CSSProperties }) {
  const commented = useEditor((s) => !!s.design.comments?.length);
  return commented ? (
    <Suspense fallback={null}>
      <CommentMarker {...props} />
    </Suspense>
  ) : null;
}

export const CommentMarkerSlot = memo(CommentMarkerSlotView);
