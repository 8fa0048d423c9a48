import * as Y from 'yjs';
import { type Design, type ReadIssue, restore, toJson } from '../document';
import { commentsOf, edgesOf, nodesOf } from './layout';
import { yDocToDesign } from './read';

/** A problem in a design doc: `path` names the node or edge by id (`nodes["ranker"].kind`). */
export type DocIssue = ReadIssue;

const quote = (v: string) => JSON.stringify(v);

/**
 * Checks that the doc still holds a valid design, with the same reader that checks files (one home per
 * fact): unknown kinds, bad props, edges to missing nodes, bad flows… Returns the errors, empty when valid.
 */
export function validateDesignDoc(doc: Y.Doc): DocIssue[] {
  const errors: DocIssue[] = [];
  const shape = (root: Y.Map<unknown>, name: string) => {
    for (const [id, entry] of root.entries()) {
      if (!(entry instanceof Y.Map)) errors.push({ path: `${name}[${quote(id)}]`, message: 'expected a map of fields', severity: 'error' });
      else if (name === 'nodes' && entry.get('props') !== undefined && !(entry.get('props') instanceof Y.Map))
        errors.push({ path: `nodes[${quote(id)}].props`, message: 'expected a map of props', severity: 'error' });
      else if (name === 'comments' && !(entry.get('replies') instanceof Y.Array))
        errors.push({ path: `comments[${quote(id)}].replies`, message: 'expected a list of replies', severity: 'error' });
    }
  };
  shape(nodesOf(doc), 'nodes');
  shape(edgesOf(doc), 'edges');
  shape(commentsOf(doc), 'comments');
  if (errors.length) return errors;

  return designIssuesById(yDocToDesign(doc));
}

/**
 * What the file reader refuses in a design read out of a doc. The reader names list positions; a doc
 * has no positions, so each issue names its node or edge by id.
 */
export function designIssuesById(design: Design): DocIssue[] {
  const result = restore(toJson(design));
  if (result.ok) return [];
  const byIndex = (list: 'nodes' | 'edges' | 'comments', i: number) => {
    const id = design[list]?.[i]?.id;
    return id === undefined ? `${list}[${i}]` : `${list}[${quote(id)}]`;
  };
  return result.errors.map((e) => ({
    ...e,
    path: e.path.replace(/^(nodes|edges|comments)\[(\d+)\]/, (_m, list: 'nodes' | 'edges' | 'comments', i: string) => byIndex(list, Number(i))),
  }));
}
