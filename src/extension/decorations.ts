// Claim highlights by status (the sentence lightly shaded, the words a finding is about marked strongly and
// underlined), dimmed noise, gutter icons and overview-ruler marks. Decoration types are
// created once; each paint sets every kind in one batch per editor. The last painted model is kept so
// tests can read it (decorations cannot be read back, microsoft/vscode#48364).
import * as vscode from 'vscode';
import type { ClaimStatus } from '../engine';
import { DecorationKind, decorationKinds, decorationSpans, gutterMarks } from './findings';
import { AnalysisResult } from './analysisScheduler';
import { spanRange } from './ranges';

export type DecorationModel = Record<DecorationKind, vscode.Range[]>;

const statuses: ClaimStatus[] = ['corroborated', 'partial', 'conflicting', 'unsupported'];

export class AnnotationPainter implements vscode.Disposable {
  private readonly types: Record<DecorationKind, vscode.TextEditorDecorationType>;
  private readonly gutterTypes: Record<ClaimStatus, vscode.TextEditorDecorationType>;
  private readonly painted = new Map<string, { model: DecorationModel; gutter: Record<ClaimStatus, vscode.Range[]> }>();
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
      });
    const gutter = (status: ClaimStatus) =>
      vscode.window.createTextEditorDecorationType({
        light: { gutterIconPath: icon(status, 'light'), gutterIconSize: '70%' },
        dark: { gutterIconPath: icon(status, 'dark'), gutterIconSize: '70%' },
      });
    this.gutterTypes = { corroborated: gutter('corroborated'), partial: gutter('partial'), conflicting: gutter('conflicting'), unsupported: gutter('unsupported') };
    const fact = (status: 'partial' | 'conflicting' | 'unsupported') =>
      vscode.window.createTextEditorDecorationType({
        backgroundColor: new vscode.ThemeColor(`crosscheck.${status}FactBackground`),
        borderColor: new vscode.ThemeColor(`crosscheck.${status}FactBorder`),
        borderStyle: 'solid',
        borderWidth: '0 0 2px 0',
        borderRadius: '2px',
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      });
    this.types = {
      corroborated: claim('corroborated', false),
      partial: claim('partial', false),
      conflicting: claim('conflicting', true),
      unsupported: claim('unsupported', true),
      conflictingFact: fact('conflicting'),
      partialFact: fact('partial'),
      unsupportedFact: fact('unsupported'),
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
    const painted = this.empty();
    if (this.visible) {
      const spans = decorationSpans(result.report, isIgnored);
      for (const kind of decorationKinds) painted.model[kind] = spans[kind].map((s) => spanRange(result.lines, s));
      for (const [line, status] of gutterMarks(spans, (o) => result.lines.position(o).line)) painted.gutter[status].push(new vscode.Range(line, 0, line, 0));
    }
    this.painted.set(result.uri, painted);
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() === result.uri) this.apply(editor, painted);
    }
  }

  /** Re-applies the last model to an editor that became visible. */
  repaint(editor: vscode.TextEditor): void {
    const painted = this.painted.get(editor.document.uri.toString());
    if (painted) this.apply(editor, painted);
  }

  clear(uri: string): void {
    const empty = this.empty();
    this.painted.delete(uri);
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() === uri) this.apply(editor, empty);
    }
  }

  model(uri: string): DecorationModel | undefined {
    return this.painted.get(uri)?.model;
  }

  private apply(editor: vscode.TextEditor, painted: { model: DecorationModel; gutter: Record<ClaimStatus, vscode.Range[]> }): void {
    for (const kind of decorationKinds) editor.setDecorations(this.types[kind], painted.model[kind]);
    for (const status of statuses) editor.setDecorations(this.gutterTypes[status], painted.gutter[status]);
  }

  private empty(): { model: DecorationModel; gutter: Record<ClaimStatus, vscode.Range[]> } {
    return {
      model: Object.fromEntries(decorationKinds.map((k) => [k, [] as vscode.Range[]])) as DecorationModel,
      gutter: { corroborated: [], partial: [], conflicting: [], unsupported: [] },
    };
  }

  dispose(): void {
    for (const kind of decorationKinds) this.types[kind].dispose();
    for (const status of statuses) this.gutterTypes[status].dispose();
  }
}
