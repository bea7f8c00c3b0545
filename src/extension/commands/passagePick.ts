// The Quick Pick of ranked passages: source, snippet, score and relation; choosing one opens it beside.
import * as vscode from 'vscode';
import type { Evidence } from '../../engine';
import { clip, readableNote } from '../findings';
import { relationLabel } from '../hoverMarkdown';
import { sourceName } from '../ranges';
import { openPassage } from './openPassage';

/** Quick Pick text renders `$(name)` as an icon; document text must show it literally. */
function noIcons(text: string): string {
  return text.replace(/\$\(/g, '\\$(');
}

interface PassageItem extends vscode.QuickPickItem {
  evidence: Evidence;
}

/** Shows the passages without waiting for a choice, so a programmatic caller gets its results at once. */
export function showPassagePick(title: string, passages: readonly Evidence[]): void {
  const pick = vscode.window.createQuickPick<PassageItem>();
  pick.title = title;
  pick.placeholder = passages.length > 0 ? 'Choose a passage to open it beside the editor' : 'No passage in the corpus relates to this text';
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  pick.items = passages.map((e) => ({
    label: `${e.relation === 'supports' ? '$(pass)' : '$(error)'} ${noIcons(sourceName(e.path))}`,
    description: noIcons(`${relationLabel(e)}${e.note ? ` (${clip(readableNote(e.note, sourceName), 60)})` : ''} · ${e.score.toFixed(2)}`),
    detail: noIcons(clip(e.text, 200)),
    evidence: e,
  }));
  pick.onDidAccept(() => {
    const chosen = pick.selectedItems[0];
    pick.hide();
    if (chosen) void openPassage({ path: chosen.evidence.path, start: chosen.evidence.start, end: chosen.evidence.end, text: chosen.evidence.text });
  });
  pick.onDidHide(() => pick.dispose());
  pick.show();
}
