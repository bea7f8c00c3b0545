// TEMPORARY STUB (being replaced by the real engine): keeps the API compiling for the front ends.
import { SharedOrigin } from './types';

export class Corpus {
  private docs = new Map<string, string>();
  set(path: string, text: string): void { this.docs.set(path, text); }
  remove(path: string): boolean { return this.docs.delete(path); }
  has(path: string): boolean { return this.docs.has(path); }
  text(path: string): string | undefined { return this.docs.get(path); }
  paths(): string[] { return [...this.docs.keys()]; }
  get size(): number { return this.docs.size; }
  sharedOrigins(): SharedOrigin[] { return []; }
}
