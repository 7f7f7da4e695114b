/// The kitchen's fixed furniture and its characters, drawn with PixiJS
/// Graphics: the back wall and tiled floor, the four stations, lock doors,
/// Ready signs and starter pistols, and a cook (hat by role, apron by thread).

import { BitmapText, Container, Graphics, Sprite, Text } from 'pixi.js'
import { KITCHEN, STATION_SPOTS } from '../model/scene.ts'
import type { StationId } from '../model/trace-model.ts'

export const FONT = 'DejaVu Sans, Verdana, sans-serif'
const INK = 0x3b2a1a

/// Text whose words change while playing: glyphs from a shared atlas, so a
/// change costs no texture upload.
export function liveLabel(text: string, size = 12, fill = INK): BitmapText {
  const t = new BitmapText({ text, style: { fontFamily: FONT, fontSize: size, fill } })
  t.anchor.set(0.5)
  return t
}

export function label(text: string, size = 14, fill = INK, weight: 'normal' | 'bold' = 'bold'): Text {
  const t = new Text({ text, style: { fontFamily: FONT, fontSize: size, fill, fontWeight: weight } })
  t.anchor.set(0.5)
  return t
}

/// Floor, walls and counters: drawn once.
export function drawRoom(): Container {
  const room = new Container()
  const g = new Graphics()
  const { width: W, height: H } = KITCHEN
  // tiled floor, warm terracotta checks
  g.rect(0, 0, W, H).fill(0xe9d3b0)
  for (let row = 0; 150 + row * 40 < H; row++) for (let x = row % 2 ? 40 : 0; x < W; x += 80) g.rect(x, 150 + row * 40, 40, 40).fill(0xe0c49a)
  // back wall with cream subway tiles
  g.rect(0, 0, W, 150).fill(0xf7efe0)
  for (let y = 0; y < 60; y += 14) for (let x = (y / 14) % 2 ? -12 : 0; x < W; x += 24) g.rect(x, y, 23, 13).stroke({ width: 1, color: 0xe6d8bf })
  // counter running along the wall
  g.roundRect(20, 60, W - 40, 84, 8).fill(0xb9c3c9)
  g.rect(20, 128, W - 40, 16).fill(0x8f6a45)
  g.rect(20, 60, W - 40, 6).fill(0xd7dee2)
  // a rug where cooks wait for work
  g.roundRect(150, 320, 660, 190, 26).fill({ color: 0xc8553d, alpha: 0.16 })
  g.roundRect(160, 330, 640, 170, 20).stroke({ width: 2, color: 0xc8553d, alpha: 0.3 })
  room.addChild(g)
  for (const id of Object.keys(STATION_SPOTS) as StationId[]) room.addChild(drawStation(id))
  return room
}

function drawStation(id: StationId): Container {
  const c = new Container()
  const s = STATION_SPOTS[id]
  const g = new Graphics()
  if (id === 'oven') {
    g.roundRect(s.x - 62, 40, 124, 96, 8).fill(0x4a4f55)
    g.roundRect(s.x - 50, 66, 100, 54, 6).fill(0x2b2f33)
    g.rect(s.x - 44, 54, 88, 5).fill(0xaab2b8)
    for (let k = -1; k <= 1; k++) g.circle(s.x + k * 22, 48, 4).fill(0xd0d5d9)
  } else if (id === 'stove') {
    g.roundRect(s.x - 70, 58, 140, 78, 6).fill(0x5b6167)
    for (const [dx, dy] of [[-34, 78], [34, 78], [-34, 112], [34, 112]]) {
      g.circle(s.x + dx, dy, 15).fill(0x2d3135)
      g.circle(s.x + dx, dy, 9).stroke({ width: 2, color: 0x7b8186 })
    }
  } else if (id === 'prep') {
    g.roundRect(s.x - 70, 64, 140, 66, 6).fill(0xc89b6d)
    g.roundRect(s.x - 52, 74, 70, 44, 6).fill(0xe3c193)
    g.circle(s.x + 36, 84, 9).fill(0xd64933)
    g.circle(s.x + 50, 100, 8).fill(0x5b8c3a)
    g.circle(s.x + 32, 108, 7).fill(0xf2c14e)
    g.rect(s.x - 40, 92, 40, 5).fill(0xb0b8bd)
    g.rect(s.x - 4, 90, 14, 9).fill(0x3b2a1a)
  } else {
    g.roundRect(s.x - 80, 70, 160, 60, 6).fill(0xdfe5e8)
    g.rect(s.x - 80, 70, 160, 6).fill(0xffffff)
    for (const dx of [-45, 0, 45]) {
      g.rect(s.x + dx - 1, 0, 2, 28).fill(0x6b6b6b)
      g.poly([s.x + dx - 10, 28, s.x + dx + 10, 28, s.x + dx + 16, 40, s.x + dx - 16, 40]).fill(0xc8553d)
      g.poly([s.x + dx - 16, 40, s.x + dx + 16, 40, s.x + dx + 30, 70, s.x + dx - 30, 70]).fill({ color: 0xffd36b, alpha: 0.22 })
    }
  }
  c.addChild(g)
  const name = label(s.label, 14, 0xffffff)
  const plate = new Graphics().roundRect(s.x - name.width / 2 - 8, 142, name.width + 16, 22, 11).fill(0x6b4226)
  name.position.set(s.x, 153)
  c.addChild(plate, name)
  return c
}

/// A cook: shadow, body with an apron in the thread's colour, head, a hat
/// by role; `parts.body` is re-tinted when the palette changes.
export interface CookArt {
  readonly root: Container
  /// The cook's body, apron and name tag: they change only with the apron's
  /// colour, so the view bakes them into one texture (a quad to draw, not
  /// hundreds of triangles to transform and upload every frame).
  readonly figure: Container
  readonly apron: Graphics
  /// The name tag (baked too), drawn above every cook so none hides another's.
  readonly tag: Container
  readonly name: Text
  readonly nameBg: Graphics
  /// The speech bubble: a sprite of a baked bubble (see `drawBubble`), above every cook.
  readonly bubble: Sprite
  /// Where the bubble's tail points when the cook is not working (above the hat).
  readonly bubbleY: number
  /// The progress bar (hidden when not working); its fill is scaled, never redrawn.
  readonly bar: Container
  readonly barFill: Graphics
  readonly zzz: Text
  readonly check: Text
}

export function drawCook(role: 'chef' | 'assistant' | 'runner' | 'cook', name: string): CookArt {
  const root = new Container()
  const g = new Graphics()
  g.ellipse(0, 22, 18, 6).fill({ color: 0x000000, alpha: 0.18 })
  // legs and body (white jacket)
  g.roundRect(-8, 8, 7, 14, 3).fill(0x3b3b3b)
  g.roundRect(1, 8, 7, 14, 3).fill(0x3b3b3b)
  g.roundRect(-15, -16, 30, 28, 9).fill(0xfdfaf3).stroke({ width: 1.5, color: 0xcfc6b6 })
  const apron = new Graphics()
  g.circle(0, -26, 11).fill(0xf1c27d).stroke({ width: 1.5, color: 0xd9a066 })
  g.circle(-4, -27, 1.6).fill(INK)
  g.circle(4, -27, 1.6).fill(INK)
  g.arc(0, -24, 4, 0.2, Math.PI - 0.2).stroke({ width: 1.4, color: INK })
  if (role === 'chef') {
    g.roundRect(-10, -40, 20, 7, 2).fill(0xffffff).stroke({ width: 1, color: 0xd7d0c4 })
    g.circle(-7, -46, 7).fill(0xffffff)
    g.circle(7, -46, 7).fill(0xffffff)
    g.circle(0, -51, 8).fill(0xffffff)
  } else if (role === 'assistant' || role === 'cook') {
    g.roundRect(-11, -39, 22, 8, 4).fill(0xffffff).stroke({ width: 1, color: 0xd7d0c4 })
  } else {
    g.arc(0, -28, 11, Math.PI, 0).fill(0x3b2a1a)
  }
  root.scale.set(1.35)
  const name_ = label(name, 12, 0xffffff)
  const nameBg = new Graphics()
  name_.position.set(0, 36)
  const figure = new Container()
  figure.addChild(g, apron)
  root.addChild(figure)
  const tag = new Container()
  tag.addChild(nameBg, name_)
  const bar = new Container()
  // narrower than the space between cooks at one station, so bars side by side stay apart
  const barFill = new Graphics().roundRect(0, 0, 30, 6, 3).fill(0xffb703)
  barFill.position.set(-15, -65)
  bar.addChild(new Graphics().roundRect(-16, -66, 32, 8, 4).fill(0x5d4037), barFill)
  bar.visible = false
  const bubble = new Sprite()
  bubble.visible = false
  // above the head chef's toque, which stands taller than the other hats
  const bubbleY = role === 'chef' ? -82 : -72
  const zzz = label('z z', 15, 0x5d6d7e)
  zzz.position.set(20, -46)
  const check = label('✓', 18, 0x2e7d32)
  check.position.set(18, -40)
  root.addChild(bar, zzz, check)
  return { root, figure, apron, tag, name: name_, nameBg, bubble, bubbleY, bar, barFill, zzz, check }
}

/// A speech bubble with its words, centred on (0, 0) with its tail below;
/// red-edged when the cook waits. The view bakes it into a texture.
export function drawBubble(words: string, warn: boolean): Container {
  const text = liveLabel(words, 13, INK)
  const w = text.width + 16
  const bg = new Graphics().roundRect(-w / 2, -12, w, 24, 10).fill(warn ? 0xfff1e6 : 0xffffff).stroke({ width: 2, color: warn ? 0xc0392b : 0xb9a88f })
    .poly([-6, 11, 6, 11, 0, 19]).fill(warn ? 0xfff1e6 : 0xffffff)
  const c = new Container()
  c.addChild(bg, text)
  return c
}

export function paintApron(art: CookArt, colour: number): void {
  art.apron.clear().roundRect(-11, -6, 22, 18, 4).fill(colour).rect(-11, -6, 22, 3).fill({ color: 0x000000, alpha: 0.15 })
  art.nameBg.clear().roundRect(-art.name.width / 2 - 6, 27, art.name.width + 12, 18, 9).fill(colour)
}
