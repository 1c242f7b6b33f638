/**
 * QR codes for the receipt, as data: a module matrix and an SVG path built from it. Pure (no
 * DOM), so the element draws it with Lit's `svg` template — no innerHTML, CSP-safe.
 *
 * What the code carries is decided by the receipt: the booking reference alone
 * ("BT-7K3Q9M"), with no prefix, name, token or link. A check-in kiosk's scanner types what it
 * reads like a keyboard, so the plain reference works in the same field where staff would type
 * it; and a photographed receipt gives nobody the power to move or cancel the booking.
 */
import { encode } from 'uqr';

/** The light margin the QR standard asks for around the symbol, in modules. */
export const QR_QUIET_ZONE = 4;

/**
 * The longest text put in a QR code. A booking reference is about ten characters; a much
 * longer one is a backend's mistake, and its code would have modules too small to scan at the
 * receipt's size (and past a few thousand characters the standard has no symbol for it).
 */
export const QR_MAX_TEXT_LENGTH = 100;

/** The QR code's modules for `text`, or undefined when it cannot carry it (empty, too long). */
export function qrMatrixFor(text: string): boolean[][] | undefined {
  if (text.trim() === '' || text.length > QR_MAX_TEXT_LENGTH) return undefined;
  try {
    return qrMatrix(text);
  } catch {
    // The encoder's own refusal ("Data too long") for text that passed the checks above.
    return undefined;
  }
}

/**
 * The modules of a QR code for `text`, row by row (`true` = dark), without a quiet zone.
 * Error correction is at least M (15 %) and boosted as far as the symbol's size allows, so a
 * crumpled print or a scratched phone screen still scans.
 */
export function qrMatrix(text: string): boolean[][] {
  return encode(text, { ecc: 'M', boostEcc: true, border: 0 }).data;
}

/**
 * One SVG path of unit squares for the dark modules, offset by `quietZone` modules: draw it
 * in a `viewBox` of `qrViewBox(matrix)`. Horizontal runs of dark modules become one
 * rectangle each, which keeps the path short.
 */
export function qrSvgPath(matrix: boolean[][], quietZone: number = QR_QUIET_ZONE): string {
  const commands: string[] = [];
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const runStart = x;
      while (x < row.length && row[x]) x += 1;
      const run = x - runStart;
      commands.push(`M${runStart + quietZone} ${y + quietZone}h${run}v1h-${run}z`);
    }
  });
  return commands.join('');
}

/** The side of the square a matrix needs with its quiet zone, in modules. */
export function qrSize(matrix: boolean[][], quietZone: number = QR_QUIET_ZONE): number {
  return matrix.length + 2 * quietZone;
}

/** `viewBox` value for `qrSvgPath`: the symbol plus its quiet zone on every side. */
export function qrViewBox(matrix: boolean[][], quietZone: number = QR_QUIET_ZONE): string {
  const size = qrSize(matrix, quietZone);
  return `0 0 ${size} ${size}`;
}
