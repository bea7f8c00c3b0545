// The long-lived parts that commands and providers read from (created once in activate()).
import * as vscode from 'vscode';
import { AnalysisScheduler } from './analysisScheduler';
import { WorkspaceCorpus } from './corpusIndex';
import { AnnotationPainter } from './decorations';
import { IgnoredClaimsStore } from './ignoredStore';
import { SourceLocations } from './ranges';
import { SourceNames } from './sourceNames';
import { SourceViews } from './sourceViews';

export interface Services {
  corpus: WorkspaceCorpus;
  scheduler: AnalysisScheduler;
  ignored: IgnoredClaimsStore;
  painter: AnnotationPainter;
  sources: SourceLocations;
  /** How sources are named: outlet and headline, file for tooltips. */
  names: SourceNames;
  /** Sources opened to be read (Open beside), which are not checked as drafts. */
  sourceViews: SourceViews;
  log: vscode.OutputChannel;
  /** Re-renders decorations, diagnostics and the status bar from the current results. */
  refreshViews(): void;
}
