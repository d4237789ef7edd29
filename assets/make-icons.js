#!/usr/bin/env node
/**
 * Draws the add-in's icons (a bar chart on a rounded square in the brand navy, 1F3864, the colour of the templates'
 * titles) and writes them as PNG with Node's zlib only. Deterministic: the same script always writes the same bytes,
 * so the committed PNGs can be checked by re-running it (`node assets/make-icons.js && git diff --exit-code assets`).
 * Sizes: 16/32/80 for the ribbon button, 64/128 for IconUrl/HighResolutionIconUrl.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZES = [16, 32, 64, 80, 128];
const NAVY = [0x1f, 0x38, 0x64];
const WHITE = [0xff, 0xff, 0xff];
const GOLD = [0xf2, 0xb7, 0x05];
/** Supersampling per axis (antialiasing). */
const SS = 4;

/** Shapes in a unit square (0..1): the background, three ascending bars, a baseline. Later shapes paint over. */
const SHAPES = [
  { kind: 'roundRect', x0: 0, y0: 0, x1: 1, y1: 1, r: 0.18, color: NAVY },
  { kind: 'rect', x0: 0.2, y0: 0.56, x1: 0.34, y1: 0.8, color: WHITE },
  { kind: 'rect', x0: 0.43, y0: 0.4, x1: 0.57, y1: 0.8, color: WHITE },
  { kind: 'rect', x0: 0.66, y0: 0.2, x1: 0.8, y1: 0.8, color: GOLD },
  { kind: 'rect', x0: 0.14, y0: 0.8, x1: 0.86, y1: 0.85, color: WHITE },
];

function inside(shape, x, y) {
  if (x < shape.x0 || x >= shape.x1 || y < shape.y0 || y >= shape.y1) return false;
  if (shape.kind === 'rect') return true;
  const r = shape.r;
  const cx = Math.min(Math.max(x, shape.x0 + r), shape.x1 - r);
  const cy = Math.min(Math.max(y, shape.y0 + r), shape.y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** RGBA pixels of one icon size. */
function render(size) {
  const px = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let pxl = 0; pxl < size; pxl++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (pxl + (sx + 0.5) / SS) / size;
          const y = (py + (sy + 0.5) / SS) / size;
          let color = null;
          for (const s of SHAPES) if (inside(s, x, y)) color = s.color;
          if (!color) continue;
          acc[0] += color[0];
          acc[1] += color[1];
          acc[2] += color[2];
          acc[3] += 1;
        }
      }
      const o = (py * size + pxl) * 4;
      const n = acc[3];
      px[o] = n ? Math.round(acc[0] / n) : 0;
      px[o + 1] = n ? Math.round(acc[1] / n) : 0;
      px[o + 2] = n ? Math.round(acc[2] / n) : 0;
      px[o + 3] = Math.round((255 * n) / (SS * SS));
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A PNG (8-bit RGBA, no interlace, filter 0 on every row). */
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  const file = path.join(__dirname, `icon-${size}.png`);
  fs.writeFileSync(file, png(size, render(size)));
  process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
}
