// The Quick Pick of ranked passages: an icon for the relation, the source by outlet or headline, the relation in
// words (strong / partial / weak match, contradicts it, closest passage — does not back it), the passage; copies of
// one wire story are one row ("also in …"). Choosing one opens it beside.
import * as vscode from 'vscode';
import type { Evidence } from '../../engine';
import { passageRows } from '../passageRows';
import { SourceNaming } from '../sourceLabels';
import { SourceViews } from '../sourceViews';
import { openPassage } from './openPassage';

interface PassageItem extends vscode.QuickPickItem {
  evidence: Evidence;
}

/** Shows the passages without waiting for a choice, so a programmatic caller gets its results at once. */
export function showPassagePick(title: string, passages: readonly Evidence[], names: SourceNaming, sourceViews: SourceViews, claimStatus?: string): void {
  const pick = vscode.window.createQuickPick<PassageItem>();
  pick.title = title;
  pick.placeholder = passages.length > 0 ? 'Choose a passage to open it beside the editor' : 'No passage in the sources relates to this text';
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  pick.items = passageRows(passages, names, claimStatus);
  pick.onDidAccept(() => {
    const chosen = pick.selectedItems[0];
    pick.hide();
    if (chosen) void openPassage({ path: chosen.evidence.path, start: chosen.evidence.start, end: chosen.evidence.end, text: chosen.evidence.text }, sourceViews);
  });
  pick.onDidHide(() => pick.dispose());
  pick.show();
}
