// Decodes the receipt's QR codes with a real decoder (jsQR, CommonJS, so it runs here in Node
// rather than in the browser runner). src/core/qr.ts is TypeScript: esbuild bundles it (with
// uqr) in memory and the test imports the result from a data: URL. The image is rasterised
// from the SVG path string itself, so what is checked is what <bt-receipt> draws.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import jsQR from 'jsqr';

const entry = fileURLToPath(new URL('../../src/core/qr.ts', import.meta.url));
const bundle = await build({
  entryPoints: [entry],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'silent',
});
const source = bundle.outputFiles[0].text;
const qr = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);

const PIXELS_PER_MODULE = 4;

/** Paints the path `d` (only the `M x y h n v 1 h -n z` squares qrSvgPath writes) into RGBA. */
function rasterisePath(d, size) {
  const width = size * PIXELS_PER_MODULE;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  const pattern = /M(\d+) (\d+)h(\d+)v1h-(\d+)z/gy;
  let consumed = 0;
  for (const match of d.matchAll(pattern)) {
    const [, x, y, run, back] = match.map(Number);
    assert.equal(run, back, 'each rectangle closes on itself');
    for (let px = x * PIXELS_PER_MODULE; px < (x + run) * PIXELS_PER_MODULE; px += 1) {
      for (let py = y * PIXELS_PER_MODULE; py < (y + 1) * PIXELS_PER_MODULE; py += 1) {
        const offset = (py * width + px) * 4;
        pixels[offset] = pixels[offset + 1] = pixels[offset + 2] = 0;
      }
    }
    consumed += match[0].length;
  }
  assert.equal(consumed, d.length, 'the path holds nothing but unit-high rectangles');
  return { pixels, width };
}

function decodeMatrix(matrix) {
  const size = qr.qrSize(matrix);
  const { pixels, width } = rasterisePath(qr.qrSvgPath(matrix), size);
  return jsQR(pixels, width, width, { inversionAttempts: 'dontInvert' });
}

const references = ['BT-7K3Q9M', 'BT-000000', 'BT-ZZZZZZ', 'KBH-2026-12-01-0042', 'bt-lower-case-æøå'];

for (const reference of references) {
  test(`the QR code decodes to exactly "${reference}"`, () => {
    const result = decodeMatrix(qr.qrMatrix(reference));
    assert.ok(result, 'jsQR found a code');
    assert.equal(result.data, reference);
  });
}

test('the matrix is square, without a quiet zone, and the viewBox adds four modules a side', () => {
  const matrix = qr.qrMatrix('BT-7K3Q9M');
  assert.equal(qr.QR_QUIET_ZONE, 4);
  assert.ok(matrix.length >= 21 && (matrix.length - 17) % 4 === 0, `a QR version size, got ${matrix.length}`);
  for (const row of matrix) assert.equal(row.length, matrix.length);
  // The top-left finder pattern starts at (0, 0): no border inside the matrix.
  assert.deepEqual(matrix[0].slice(0, 8), [true, true, true, true, true, true, true, false]);
  assert.equal(qr.qrViewBox(matrix), `0 0 ${matrix.length + 8} ${matrix.length + 8}`);
  assert.match(qr.qrSvgPath(matrix), /^M4 4h7v1h-7z/);
});

test('a damaged code does not decode to the reference', () => {
  const matrix = qr.qrMatrix('BT-7K3Q9M').map((row) => [...row]);
  // Wipe two of the three finder patterns: no decoder can locate the symbol any more.
  for (let y = 0; y < 7; y += 1) {
    for (let x = 0; x < 7; x += 1) {
      matrix[y][x] = false;
      matrix[y][matrix.length - 1 - x] = false;
    }
  }
  const result = decodeMatrix(matrix);
  assert.ok(result === null || result.data !== 'BT-7K3Q9M', 'the damaged code must not read as the reference');
});

test('a code for another reference does not decode to this one', () => {
  const result = decodeMatrix(qr.qrMatrix('BT-7K3Q9N'));
  assert.equal(result?.data, 'BT-7K3Q9N');
  assert.notEqual(result?.data, 'BT-7K3Q9M');
});

test('the path is deterministic and only draws dark modules', () => {
  const matrix = qr.qrMatrix('BT-7K3Q9M');
  assert.equal(qr.qrSvgPath(matrix), qr.qrSvgPath(qr.qrMatrix('BT-7K3Q9M')));
  const dark = matrix.flat().filter(Boolean).length;
  const drawn = [...qr.qrSvgPath(matrix).matchAll(/h(\d+)v/g)].reduce((sum, m) => sum + Number(m[1]), 0);
  assert.equal(drawn, dark);
});
