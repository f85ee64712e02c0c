// Draws the Teams app icons and writes them next to the manifest:
//   color.png   192×192, white calendar-with-check on the accent colour
//   outline.png  32×32, the same motif as a white outline on a transparent background
// Run: npx tsx manifest/teams/icons.ts  (the PNGs are committed; rerun only to change them)
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodePng, type RgbaImage } from './png.js';

/** Accent colour of the app (also manifest.json accentColor). */
export const ACCENT = { r: 0x1f, g: 0x6f, b: 0x6b };

type Shape = (x: number, y: number) => boolean;

/** Distance from a point to a segment. */
function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Signed distance to a rounded rectangle (negative inside). */
function roundedRect(px: number, py: number, x0: number, y0: number, x1: number, y1: number, r: number): number {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const qx = Math.abs(px - cx) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(py - cy) - ((y1 - y0) / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** The motif in unit coordinates (0..1): calendar outline, header bar, two rings, a check mark. */
function motif(stroke: number): Shape {
  const half = stroke / 2;
  return (x, y) => {
    const body = Math.abs(roundedRect(x, y, 0.16, 0.22, 0.84, 0.86, 0.08)) <= half;
    const header = y >= 0.22 && y <= 0.36 && roundedRect(x, y, 0.16, 0.22, 0.84, 0.86, 0.08) <= 0;
    const rings = segmentDistance(x, y, 0.34, 0.12, 0.34, 0.28) <= half || segmentDistance(x, y, 0.66, 0.12, 0.66, 0.28) <= half;
    const check = segmentDistance(x, y, 0.33, 0.6, 0.45, 0.72) <= half || segmentDistance(x, y, 0.45, 0.72, 0.68, 0.47) <= half;
    return body || header || rings || check;
  };
}

/** Renders a shape with 4×4 supersampling; `background` null means transparent. */
function render(size: number, shape: Shape, background: typeof ACCENT | null): RgbaImage {
  const pixels = new Uint8Array(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < n; sy++)
        for (let sx = 0; sx < n; sx++) if (shape((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size)) hits++;
      const cover = hits / (n * n);
      const i = (py * size + px) * 4;
      if (background) {
        pixels[i] = Math.round(background.r + (255 - background.r) * cover);
        pixels[i + 1] = Math.round(background.g + (255 - background.g) * cover);
        pixels[i + 2] = Math.round(background.b + (255 - background.b) * cover);
        pixels[i + 3] = 255;
      } else {
        pixels.fill(255, i, i + 3);
        pixels[i + 3] = Math.round(255 * cover);
      }
    }
  }
  return { width: size, height: size, pixels };
}

/** The full-colour icon (192×192). */
export function colorIcon(): RgbaImage {
  return render(192, motif(0.06), ACCENT);
}

/** The outline icon (32×32): white on transparent. */
export function outlineIcon(): RgbaImage {
  return render(32, motif(0.09), null);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const here = dirname(fileURLToPath(import.meta.url));
  writeFileSync(join(here, 'color.png'), encodePng(colorIcon()));
  writeFileSync(join(here, 'outline.png'), encodePng(outlineIcon()));
  console.log('wrote manifest/teams/color.png (192x192) and outline.png (32x32)');
}
