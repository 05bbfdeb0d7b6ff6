// Draws the tab bar icons (81×81 PNG, grey and brand blue) without an image library:
// shapes are sampled 4×4 per pixel for smooth edges. Run: node scripts/make-tab-icons.mjs
import fs from 'node:fs'
import zlib from 'node:zlib'

const SIZE = 81
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1
const triangle = (ax, ay, bx, by, cx, cy) => (x, y) => {
  const s = (px, py, qx, qy) => (x - qx) * (py - qy) - (px - qx) * (y - qy)
  const d1 = s(ax, ay, bx, by), d2 = s(bx, by, cx, cy), d3 = s(cx, cy, ax, ay)
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0))
}
const halfDisc = (cx, cy, r) => (x, y) => y <= cy && circle(cx, cy, r)(x, y)
const minus = (a, b) => (x, y) => a(x, y) && !b(x, y)
const union = (...fs) => (x, y) => fs.some((f) => f(x, y))

const shapes = {
  home: union(triangle(40.5, 10, 8, 40, 73, 40), minus(rect(17, 38, 64, 72), rect(34, 50, 47, 72))),
  family: union(circle(28, 26, 10), halfDisc(28, 62, 20), circle(56, 32, 8), halfDisc(56, 64, 15)),
  me: union(circle(40.5, 27, 14), halfDisc(40.5, 72, 28)),
}

function crcTable() {
  const t = new Uint32Array(256)
  for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0 }
  return t
}
const table = crcTable()
const crc32 = (buf) => { let c = 0xffffffff; for (const b of buf) c = table[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0 }
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type), data])
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}
function png(shape, [r, g, b]) {
  const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE)
  for (let y = 0; y < SIZE; y++) {
    raw[y * (SIZE * 4 + 1)] = 0
    for (let x = 0; x < SIZE; x++) {
      let hits = 0
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) if (shape(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4)) hits++
      const o = y * (SIZE * 4 + 1) + 1 + x * 4
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = Math.round((hits / 16) * 255)
    }
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(SIZE, 0); ihdr.writeUInt32BE(SIZE, 4); ihdr[8] = 8; ihdr[9] = 6
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))])
}

for (const [name, shape] of Object.entries(shapes)) {
  fs.writeFileSync(`src/assets/tab/${name}.png`, png(shape, [0x86, 0x90, 0x9c]))
  fs.writeFileSync(`src/assets/tab/${name}-active.png`, png(shape, [0x1f, 0x5f, 0xbf]))
}
