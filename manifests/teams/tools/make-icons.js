#!/usr/bin/env node
// Draws the Teams app icons for AgentAssist: a speech bubble with a check mark.
//  - color.png   192×192, opaque: the Lumora accent colour as a full-bleed background, a white bubble in the
//                central 96×96 safe area, the check mark cut out in the accent colour;
//  - outline.png 32×32, white on transparent: the same bubble, the check mark cut out (transparent).
// The shapes are geometry in a unit square, sampled 8×8 times per pixel for anti-aliasing, so the output is the
// same on every run. Usage: node make-icons.js [folder]   (default: the folder above this script)
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { crc32 } = require('./crc32');

const ACCENT = [0x2f, 0x4b, 0xc9];
const WHITE = [0xff, 0xff, 0xff];
const SAMPLES = 8;

function insideRoundedRect(x, y, left, top, right, bottom, radius) {
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return x >= left && x <= right && y >= top && y <= bottom && (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function insideTriangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const d1 = (x - bx) * (ay - by) - (ax - bx) * (y - by);
  const d2 = (x - cx) * (by - cy) - (bx - cx) * (y - cy);
  const d3 = (x - ax) * (cy - ay) - (cx - ax) * (y - ay);
  const negative = d1 < 0 || d2 < 0 || d3 < 0;
  const positive = d1 > 0 || d2 > 0 || d3 > 0;
  return !(negative && positive);
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

const CHECK = [[0.27, 0.41], [0.44, 0.58], [0.74, 0.26]];
const CHECK_HALF_WIDTH = 0.065;

/** True where the glyph is white: inside the bubble or its tail, outside the check mark. */
function glyph(x, y) {
  const bubble = insideRoundedRect(x, y, 0, 0.02, 1, 0.78, 0.2)
    || insideTriangle(x, y, [0.2, 0.7], [0.46, 0.7], [0.14, 0.98]);
  if (!bubble) {
    return false;
  }
  return distanceToSegment(x, y, CHECK[0], CHECK[1]) > CHECK_HALF_WIDTH
    && distanceToSegment(x, y, CHECK[1], CHECK[2]) > CHECK_HALF_WIDTH;
}

/** Share of a pixel's samples where the glyph is white; the glyph's unit square covers [origin, origin + size). */
function coverage(px, py, origin, size) {
  let hits = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = (px + (sx + 0.5) / SAMPLES - origin) / size;
      const y = (py + (sy + 0.5) / SAMPLES - origin) / size;
      if (x >= 0 && x <= 1 && y >= 0 && y <= 1 && glyph(x, y)) {
        hits++;
      }
    }
  }
  return hits / (SAMPLES * SAMPLES);
}

function colorIcon() {
  const size = 192;
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const share = coverage(x, y, 48, 96);
      const offset = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) {
        rgba[offset + c] = Math.round(ACCENT[c] * (1 - share) + WHITE[c] * share);
      }
      rgba[offset + 3] = 255;
    }
  }
  return png(size, size, rgba);
}

function outlineIcon() {
  const size = 32;
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const offset = (y * size + x) * 4;
      rgba.fill(255, offset, offset + 3);
      rgba[offset + 3] = Math.round(255 * coverage(x, y, 1, 30));
    }
  }
  return png(size, size, rgba);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG, every row with filter 0 (none). */
function png(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 6;
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const folder = process.argv[2] || path.join(__dirname, '..');
fs.writeFileSync(path.join(folder, 'color.png'), colorIcon());
fs.writeFileSync(path.join(folder, 'outline.png'), outlineIcon());
console.log(`wrote ${path.join(folder, 'color.png')} and ${path.join(folder, 'outline.png')}`);
