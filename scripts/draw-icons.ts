/**
 * Draws the extension icon (a form with a check mark) at every size the stores ask for,
 * with no image library: shapes as distance tests, 4x4 supersampling, a hand-written PNG.
 * Run: npx tsx scripts/draw-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
const BLUE: Rgba = [31, 79, 209, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const GREEN: Rgba = [47, 178, 98, 255];

function roundedRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): boolean {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

function nearSegment(x: number, y: number, ax: number, ay: number, bx: number, by: number, width: number): boolean {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= width / 2;
}

/** Colour at a point of the unit square. */
function shade(x: number, y: number): Rgba | null {
  if (nearSegment(x, y, 0.52, 0.7, 0.64, 0.82, 0.09) || nearSegment(x, y, 0.64, 0.82, 0.86, 0.56, 0.09)) return GREEN;
  const line = (top: number, right: number) => roundedRect(x, y, 0.3, top, right, top + 0.06, 0.03);
  if (line(0.3, 0.7) || line(0.44, 0.7) || line(0.58, 0.5)) return BLUE;
  if (roundedRect(x, y, 0.2, 0.16, 0.8, 0.84, 0.06)) return WHITE;
  if (roundedRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.2)) return BLUE;
  return null;
}

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

function png(size: number): Buffer {
  const samples = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const colour = shade((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!colour) continue;
          for (let c = 0; c < 3; c++) sum[c]! += colour[c]! * colour[3];
          sum[3]! += colour[3];
        }
      const offset = py * (size * 4 + 1) + 1 + px * 4;
      const alpha = sum[3]! / (samples * samples);
      for (let c = 0; c < 3; c++) raw[offset + c] = sum[3] ? Math.round(sum[c]! / sum[3]!) : 0;
      raw[offset + 3] = Math.round(alpha);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

const dir = new URL('../assets/public/icon/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 48, 96, 128]) writeFileSync(new URL(`${size}.png`, dir), png(size));
