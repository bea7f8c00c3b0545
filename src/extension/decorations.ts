// Claim highlights by status, dimmed noise, gutter icons and overview-ruler marks. Decoration types are
// created once; each paint sets every kind in one batch per editor. The last painted model is kept so
// tests can read it (decorations cannot be read back, microsoft/vscode#48364).
import * as vscode from 'vscode';
import { DecorationKind, decorationKinds, decorationSpans } from './findings';
import { AnalysisResult } from './analysisScheduler';
import { spanRange } from './ranges';

export type DecorationModel = Record<DecorationKind, vscode.Range[]>;

export class AnnotationPainter implements vscode.Disposable {
  private readonly types: Record<DecorationKind, vscode.TextEditorDecorationType>;
  private readonly painted = new Map<string, DecorationModel>();
  private visible = true;

  constructor(extensionUri: vscode.Uri) {
    const icon = (status: string, theme: 'light' | 'dark') => vscode.Uri.joinPath(extensionUri, 'media', `gutter-${status}-${theme}.svg`);
    const claim = (status: 'corroborated' | 'partial' | 'conflicting' | 'unsupported', ruler: boolean) =>
      vscode.window.createTextEditorDecorationType({
        backgroundColor: new vscode.ThemeColor(`crosscheck.${status}Background`),
        borderRadius: '2px',
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
        overviewRulerColor: ruler ? new vscode.ThemeColor(`crosscheck.${status}Ruler`) : undefined,
        overviewRulerLane: ruler ? vscode.OverviewRulerLane.Right : undefined,
        light: { gutterIconPath: icon(status, 'light'), gutterIconSize: '70%' },
        dark: { gutterIconPath: icon(status, 'dark'), gutterIconSize: '70%' },
      });
    this.types = {
      corroborated: claim('corroborated', false),
      partial: claim('partial', false),
      conflicting: claim('conflicting', true),
      unsupported: claim('unsupported', true),
      noise: vscode.window.createTextEditorDecorationType({
        color: new vscode.ThemeColor('crosscheck.noiseForeground'),
        fontStyle: 'italic',
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }),
      ignored: vscode.window.createTextEditorDecorationType({
        textDecoration: 'underline dotted',
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }),
    };
  }

  get annotationsVisible(): boolean {
    return this.visible;
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
  }

  /** Paints a result into every visible editor of its document. */
  paint(result: AnalysisResult, isIgnored: (claimText: string) => boolean): void {
    const model = this.emptyModel();
    if (this.visible) {
      const spans = decorationSpans(result.report, isIgnored);
      for (const kind of decorationKinds) model[kind] = spans[kind].map((s) => spanRange(result.lines, s));
    }
    this.painted.set(result.uri, model);
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() === result.uri) this.apply(editor, model);
    }
  }

  /** Re-applies the last model to an editor that became visible. */
  repaint(editor: vscode.TextEditor): void {
    const model = this.painted.get(editor.document.uri.toString());
    if (model) this.apply(editor, model);
  }

  clear(uri: string): void {
    const empty = this.emptyModel();
    this.painted.delete(uri);
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() === uri) this.apply(editor, empty);
    }
  }

  model(uri: string): DecorationModel | undefined {
    return this.painted.get(uri);
  }

  private apply(editor: vscode.TextEditor, model: DecorationModel): void {
    for (const kind of decorationKinds) editor.setDecorations(this.types[kind], model[kind]);
  }

  private emptyModel(): DecorationModel {
    return Object.fromEntries(decorationKinds.map((k) => [k, [] as vscode.Range[]])) as DecorationModel;
  }

  dispose(): void {
    for (const kind of decorationKinds) this.types[kind].dispose();
  }
}
