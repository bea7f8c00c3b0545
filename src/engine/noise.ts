// TEMPORARY STUB (being replaced by the real engine).
import { EngineOptions, NoiseSpan } from './types';
export function findNoise(_text: string, _options: EngineOptions = {}): NoiseSpan[] { return []; }
