/**
 * Text in the hand-written SVG: escaped for XML (characters XML cannot hold become U+FFFD),
 * measured in a monospace font, and shortened with an ellipsis to fit a box.
 */

/** Font size of body text, in pixels. */
export const FONT_SIZE = 13;
/** Width of one character of the monospace font at {@link FONT_SIZE} (0.6 em, as DejaVu Sans Mono and most monospace fonts). */
export const CHAR_WIDTH = FONT_SIZE * 0.61;
/** The font stack: monospace, so widths are known without a browser. */
export const FONT_FAMILY = "'DejaVu Sans Mono', 'Liberation Mono', Menlo, Consolas, monospace";

/** `text` escaped for XML text and attribute values; characters XML 1.0 cannot hold are replaced by U+FFFD. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '\ufffd')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Characters of `text` as the font shows them (a surrogate pair is one). */
export function length(text: string): number {
  return [...text].length;
}

/** Width of `text` in pixels, at font `size` @default FONT_SIZE. */
export function textWidth(text: string, size = FONT_SIZE): number {
  return length(text) * size * 0.61;
}

/** How many characters of a font `size` (@default FONT_SIZE) fit in `width` pixels. */
export function charsThatFit(width: number, size = FONT_SIZE): number {
  return Math.floor(width / (size * 0.61) + 0.01);
}

/** `text` cut to `max` characters, the last one an ellipsis when it was longer. */
export function fit(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}

/**
 * A `<text>` element; when `text` was shortened to fit, its full form is the element's
 * `<title>` (shown on hover).
 * @param x left (or anchor) position
 * @param y baseline
 * @param text the text, escaped here
 * @param max most characters shown
 * @param attributes more attributes, already escaped @default ''
 */
export function textElement(x: number, y: number, text: string, max: number, attributes = ''): string {
  const shown = fit(text, max);
  const title = shown === text ? '' : `<title>${xmlEscape(text)}</title>`;
  return `<text x="${round(x)}" y="${round(y)}"${attributes ? ` ${attributes}` : ''}>${title}${xmlEscape(shown)}</text>`;
}

/** A coordinate with at most one decimal, so output is the same on every machine. */
export function round(value: number): string {
  return (Math.round(value * 10) / 10).toString();
}
