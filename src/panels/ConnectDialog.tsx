import { useState } from 'react';
import { nodeLabel } from '../core/document';
import { anchorOf } from '../state/commands/palette';
import { uiServices } from '../state/commands/run';
import { connectCandidates, connectCards } from '../state/connectTo';
import { useEditor } from '../state/store';
import { ComboboxDialog } from './ComboboxDialog';

/** "Connect to…": type part of another card's name, Enter draws the edge from the current card to it. */
export function ConnectDialog({ onClose }: { onClose(): void }) {
  // The source is fixed when the dialog opens: the card that had focus (the command selected it).
  const [source] = useState(() => {
    const { design, selection } = useEditor.getState();
    return anchorOf(design, selection);
  });
  const design = useEditor((s) => s.design);
  const sourceNode = design.nodes.find((n) => n.id === source);

  const close = () => {
    onClose();
    if (source) uiServices().focusNode(source);
  };

  const from = sourceNode ? nodeLabel(sourceNode) : '';
  return (
    <ComboboxDialog
      title={`Connect ${from} to`}
      inputLabel="Card to connect to"
      listLabel="Cards"
      idPrefix="connect"
      placeholder={`Connect ${from} to… (type a name)`}
      match={(query) => (source ? connectCandidates(design, source, query) : [])}
      renderOption={(option) => (
        <>
          <span className="cmdk__label">{option.label}</span>
          <span className="cmdk__hint">{option.connected ? 'already connected' : option.kind}</span>
        </>
      )}
      empty={(query) => `No other card matches “${query}”.`}
      footer="↑↓ move · Enter connect · Esc close"
      onChoose={(option) => {
        if (!source) return;
        close();
        connectCards(source, option.id);
      }}
      onClose={close}
    />
  );
}
