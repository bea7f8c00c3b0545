// The long-lived parts that commands and providers read from (created once in activate()).
import * as vscode from 'vscode';
import { AnalysisScheduler } from './analysisScheduler';
import { WorkspaceCorpus } from './corpusIndex';
import { AnnotationPainter } from './decorations';
import { IgnoredClaimsStore } from './ignoredStore';
import { SourceLocations } from './ranges';

export interface Services {
  corpus: WorkspaceCorpus;
  scheduler: AnalysisScheduler;
  ignored: IgnoredClaimsStore;
  painter: AnnotationPainter;
  sources: SourceLocations;
  log: vscode.OutputChannel;
  /** Re-renders decorations, diagnostics and the status bar from the current results. */
  refreshViews(): void;
}
