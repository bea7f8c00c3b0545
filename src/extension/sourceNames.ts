// Source names for the views: the outlet and headline a corpus document gives (sourceLabels.ts), read once per
// version of its text, and its file relative to the workspace for tooltips.
import { findNoise } from '../engine';
import { WorkspaceCorpus } from './corpusIndex';
import { sourceName } from './ranges';
import { labelText, SourceLabel, sourceLabel, SourceNaming } from './sourceLabels';

export class SourceNames implements SourceNaming {
  private readonly cache = new Map<string, { text: string; label: SourceLabel }>();

  constructor(private readonly corpus: WorkspaceCorpus) {}

  label(path: string): SourceLabel {
    const file = sourceName(path);
    const text = this.corpus.corpus.text(path);
    if (text === undefined) return { file };
    const hit = this.cache.get(path);
    if (hit && hit.text === text) return hit.label;
    // Only the top of the document matters: a title, a dateline or a byline.
    const head = text.slice(0, 4000);
    const noise = findNoise(head);
    const label = sourceLabel(head, file, (start, end) => noise.some((n) => n.start < end && start < n.end));
    if (this.cache.size > 5000) this.cache.clear();
    this.cache.set(path, { text, label });
    return label;
  }

  /** The outlet and headline, else the file. */
  name = (path: string): string => labelText(this.label(path));

  /** The outlet and headline when the text gives either; undefined when the file name is all there is. */
  knownName = (path: string): string | undefined => {
    const label = this.label(path);
    return label.outlet || label.title ? labelText(label) : undefined;
  };

  /** The file relative to its workspace folder. */
  file = (path: string): string => sourceName(path);
}
