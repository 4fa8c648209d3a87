// Draws the two tab-bar icons (首页, 我的) as 81×81 PNGs, grey and brand-coloured.
// WeChat's tabBar needs bitmap icons (no SVG, ≤40 KB); drawing them in code keeps them
// reproducible and reviewable instead of opaque binaries from an editor.
// Run: node scripts/make-tab-icons.mjs
import { writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

const SIZE = 81
const GREY = [0x8a, 0x8f, 0x99]
const BRAND = [0xc2, 0x41, 0x0c] // $color-primary in src/styles/tokens.scss

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(buf) {
  let c = 0xffffffff
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type, data) {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}
function png(coverage, [r, g, b]) {
  const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1))
  for (let y = 0; y < SIZE; y++) {
    raw[y * (SIZE * 4 + 1)] = 0
    for (let x = 0; x < SIZE; x++) {
      const o = y * (SIZE * 4 + 1) + 1 + x * 4
      raw[o] = r
      raw[o + 1] = g
      raw[o + 2] = b
      raw[o + 3] = Math.round(255 * coverage(x, y))
    }
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(SIZE, 0)
  header.writeUInt32BE(SIZE, 4)
  header[8] = 8
  header[9] = 6
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
// 4×4 supersampling gives smooth edges.
function antialias(inside) {
  return (x, y) => {
    let hits = 0
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside(x + (i + 0.5) / 4, y + (j + 0.5) / 4)) hits++
    return hits / 16
  }
}
const house = antialias((x, y) => {
  const roof = y >= 14 && y <= 40 && Math.abs(x - 40.5) <= (y - 14) * 1.2 + 2 && Math.abs(x - 40.5) >= (y - 14) * 1.2 - 7
  const walls = y >= 36 && y <= 68 && x >= 18 && x <= 63
  const wallHollow = y >= 42 && y <= 62 && x >= 24 && x <= 57
  const door = y >= 48 && y <= 68 && x >= 35 && x <= 46
  return roof || (walls && !wallHollow) || door
})
const person = antialias((x, y) => {
  const head = Math.hypot(x - 40.5, y - 27) <= 13 && Math.hypot(x - 40.5, y - 27) >= 7
  const dx = (x - 40.5) / 26
  const dy = (y - 70) / 24
  const bodyOuter = y <= 70 && dx * dx + dy * dy <= 1
  const bodyInner = y <= 64 && ((x - 40.5) / 20) ** 2 + ((y - 70) / 18) ** 2 <= 1
  const base = y >= 64 && y <= 70 && x >= 14.5 && x <= 66.5
  return head || (bodyOuter && (!bodyInner || base))
})

const out = new URL('../src/assets/tab/', import.meta.url)
writeFileSync(new URL('home.png', out), png(house, GREY))
writeFileSync(new URL('home-active.png', out), png(house, BRAND))
writeFileSync(new URL('me.png', out), png(person, GREY))
writeFileSync(new URL('me-active.png', out), png(person, BRAND))
console.log('wrote 4 tab icons to src/assets/tab/')
