// How a source is named to an editor: the outlet and the headline its text gives (a dateline's "(AP)", a
// byline's outlet, front matter, the first heading or title line), with the file name kept for tooltips. File
// names in a newsroom folder are often hashes or slugs ("001_9243b85462f45142.txt"). Pure.

/** What a source's text says about itself; `file` is always there. */
export interface SourceLabel {
  /** The outlet or agency named by a dateline or byline ("AP", "Reuters"), if any. */
  outlet?: string;
  /** The headline: front matter title, the first heading, or a title line above the story. */
  title?: string;
  /** The file, as shown in tooltips (relative to its workspace folder). */
  file: string;
}

/** Cuts text at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function clipWords(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.5 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '') + '…';
}

// "BEIJING (AP) —", "WALTERBORO, S.C. (WSAV) —", "TEHRAN (Tasnim) -", "MARRAKECH, Morocco (AP) A rare …",
// "(WBBM NEWSRADIO) – …": a place in capitals (or nothing) and the outlet in brackets.
const DATELINE = /^(?:\p{Lu}[\p{Lu}\p{M}.'’-]{2,}(?:[ ,]+[\p{L}\p{M}.'’-]+){0,3}\s*)?\(([\p{L}][\p{L}\p{N}&.'’ -]{0,38})\)\s*(?:[—–-]|\p{Lu})/u;
// "By Jane Doe, Reuters", "By Jane Doe | The Associated Press", "By Jane Doe for Al Jazeera".
const BYLINE_OUTLET = /^by\s+[^|,/]+?(?:\s*[|,/]\s*|\s+for\s+)((?:the\s+)?\p{Lu}[\p{L}\p{N}&.'’ -]{1,40})$/iu;
const NOT_OUTLET = /\b(?:writer|reporter|correspondent|editor|staff|contributor|photographer|bureau|desk)\b/i;
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

function frontMatter(text: string): { title?: string; outlet?: string; rest: number } {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { rest: 0 };
  const field = (names: string) => new RegExp(`^(?:${names})\\s*:\\s*["']?(.+?)["']?\\s*$`, 'im').exec(m[1])?.[1];
  return { title: field('title|headline'), outlet: field('outlet|publisher|publication|source|site'), rest: m[0].length };
}

/** A line that reads as a headline: a few words, no sentence end, not a bullet or a credit. */
function isTitleLine(line: string): boolean {
  const words = line.split(/\s+/).filter(Boolean);
  if (words.length < 3 || words.length > 24 || line.length > 180) return false;
  if (/^[-*•+>|#]|^\d+[.)]\s/.test(line)) return false;
  const bare = line.replace(/[”"’']+$/, '');
  if (/[.:,;]$/.test(bare) && !/\b(?:[A-Z]\.){1,3}$/.test(bare)) return false; // prose ends with a period
  if (/[\p{Ll}\d][.!?]["”’]?\s+\S/u.test(line)) return false; // a sentence ends inside: a caption or prose
  if (/^(?:by|photo|photograph|image|credit|source|published|updated|posted)\b/i.test(line)) return false;
  if (/\((?:picture|photo|image|credit)\b|\bupdated\b|\d{1,2}:\d{2}/i.test(line)) return false; // credits, timestamps
  return /\p{Lu}/u.test(line[0] ?? '') || /^[“"‘'\d]/.test(line);
}

/**
 * The outlet and headline a source's text gives. `isNoise(start, end)` says whether a line is boilerplate
 * (the engine's noise spans), which is never a headline.
 */
export function sourceLabel(text: string, file: string, isNoise: (start: number, end: number) => boolean = () => false): SourceLabel {
  const meta = frontMatter(text);
  const label: SourceLabel = { file };
  if (meta.outlet) label.outlet = clipWords(meta.outlet, 40);
  if (meta.title) label.title = meta.title;
  // The first lines: a heading or title line before the story starts, a dateline or byline near the top.
  let offset = meta.rest;
  let seen = 0;
  let storyStarted = false;
  for (const raw of text.slice(meta.rest).split('\n')) {
    const start = offset;
    offset += raw.length + 1;
    const line = raw.trim();
    if (!line) continue;
    if (++seen > 8) break;
    if (!label.outlet) {
      const outlet = DATELINE.exec(line)?.[1] ?? BYLINE_OUTLET.exec(line)?.[1];
      if (outlet && !NOT_OUTLET.test(outlet)) label.outlet = outlet.trim();
    }
    if (label.title || storyStarted || isNoise(start, start + raw.length)) continue;
    const heading = /^#{1,6}\s+(.+?)\s*#*$/.exec(line);
    if (heading) label.title = heading[1].replace(/[*_`]/g, '').trim();
    else if (isTitleLine(line) && !DATELINE.test(line)) label.title = line;
    else if (line.split(/\s+/).length > 24 || /[.!?]["”’]?$/.test(line)) storyStarted = true; // prose: no title above it
  }
  return label;
}

/** The label in one line: "AP: Xi meets Russia’s Putin …", the outlet, the headline, or else the file. */
export function labelText(label: SourceLabel, max = 70): string {
  if (label.outlet && label.title) return clipWords(`${label.outlet}: ${label.title}`, max);
  return clipWords(label.outlet ?? label.title ?? label.file, max);
}

/** The shortest name that tells sources apart in a sentence: the outlet, else the headline, else the file. */
export function shortName(label: SourceLabel, max = 40): string {
  return clipWords(label.outlet ?? label.title ?? label.file, max);
}

/** How the views name a source (a corpus path, a URI string): its label, and its file for tooltips. */
export interface SourceNaming {
  name(path: string): string;
  file(path: string): string;
}
