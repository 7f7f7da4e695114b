/// The kitchen canvas: paints a Scene with PixiJS. It holds display
/// objects only; everything it shows comes from the scene it is given.
/// Software GL (SwiftShader) pays for every Graphics rebuilt and every frame
/// rendered, so a frame changes only what the scene changed: the furniture
/// layer is rebuilt when its state does, cooks move by their transforms,
/// progress bars scale, and a frame identical to the last is not rendered.

import 'pixi.js/unsafe-eval'
import { Application, BitmapText, Container, Graphics, Rectangle, Sprite, Text, type Texture } from 'pixi.js'
import { KITCHEN, type Scene } from '../model/scene.ts'
import { separate, type LabelBox } from '../model/labels.ts'
import { drawRoom, drawCook, drawBubble, paintApron, label, liveLabel, type CookArt } from './kitchen-art.ts'
import { threadColour } from '../palette.ts'

export interface ViewOptions {
  readonly colourBlind: boolean
}

export class KitchenView {
  /// The element to show: the room (drawn once, 2D) under the live canvas.
  readonly el: HTMLElement
  readonly canvas: HTMLCanvasElement
  private readonly cooks = new Map<number, Cook>()
  private readonly dynamic = new Graphics()
  private readonly cookLayer = new Container()
  /// Name tags and speech bubbles, over every cook (a cook in front never hides another's words).
  private readonly wordLayer = new Container()
  private readonly texts = new Container()
  private readonly textPool: BitmapText[] = []
  private banner: Container | null = null
  private opts: ViewOptions = { colourBlind: false }
  /// Where the furniture's words are (cooks' tags and bubbles keep off them).
  private wallWords: LabelBox[] = []
  /// What the furniture layer (stations, dishes, doors, signs) was last built from.
  private furnitureKey = ''
  /// What the last rendered frame showed ('' forces the next render).
  private frameKey = ''
  /// Baked speech bubbles by words (many cooks say the same thing).
  private readonly bubbles = new Map<string, Baked>()

  private constructor(private readonly app: Application) {
    this.canvas = app.canvas
    // the room never changes: draw it once onto a plain canvas underneath, so
    // the GL canvas only paints what moves (software GL pays for every pixel)
    const back = document.createElement('canvas')
    back.className = 'kitchen-room'
    back.width = KITCHEN.width
    back.height = KITCHEN.height
    back.setAttribute('aria-hidden', 'true')
    const room = drawRoom()
    const image = app.renderer.extract.canvas({ target: room, frame: new Rectangle(0, 0, KITCHEN.width, KITCHEN.height) }) as HTMLCanvasElement
    back.getContext('2d')!.drawImage(image, 0, 0)
    room.destroy({ children: true })
    this.el = document.createElement('div')
    this.el.className = 'kitchen-layers'
    this.el.append(back, this.canvas)
    app.stage.addChild(this.dynamic, this.texts, this.cookLayer, this.wordLayer)
  }

  /// Makes the canvas (WebGL, or the canvas renderer where WebGL is missing).
  static async create(): Promise<KitchenView> {
    const app = new Application()
    const canvas = document.createElement('canvas')
    const gl = canvas.getContext('webgl2', { alpha: true, premultipliedAlpha: true, antialias: false, stencil: true, preserveDrawingBuffer: false })
    if (gl) limitBatchTextures(gl, BATCH_TEXTURES)
    await app.init({ canvas, context: gl ?? undefined, width: KITCHEN.width, height: KITCHEN.height, backgroundAlpha: 0, antialias: false, autoStart: false, preference: 'webgl', resolution: 1 })
    app.canvas.setAttribute('role', 'img')
    app.canvas.classList.add('kitchen-canvas')
    return new KitchenView(app)
  }

  setOptions(o: ViewOptions): void {
    this.opts = o
    for (const [, c] of this.cooks) c.colour = -1
    this.frameKey = ''
  }

  private text(i: number, s: string, size: number, fill: number): BitmapText {
    let t = this.textPool[i]
    if (!t) { t = liveLabel('', size, fill); this.textPool.push(t); this.texts.addChild(t) }
    // setting a style re-renders the text's texture: only when it changed
    if (t.text !== s) t.text = s
    if (t.style.fontSize !== size) t.style.fontSize = size
    if (t.style.fill !== fill) t.style.fill = fill
    t.visible = true
    return t
  }

  /// Paints one moment of the kitchen. `force`: render even when it looks
  /// the same as the last frame (a reader of the pixels needs the frame drawn).
  render(scene: Scene, force = true): void {
    const furniture = furnitureKey(scene)
    if (furniture !== this.furnitureKey) {
      this.furnitureKey = furniture
      this.paintFurniture(scene)
    }
    const cooks = this.placeCooks(scene)
    const banner = scene.deadlocked ? 'The kitchen is blocked' : scene.stopped ? 'Stopped' : null
    this.setBanner(banner)
    const key = `${furniture}|${cooks}|${banner}`
    if (!force && key === this.frameKey) return
    this.frameKey = key
    this.app.render()
  }

  private paintFurniture(scene: Scene): void {
    const g = this.dynamic.clear()
    let nt = 0
    // stations glow while someone works at them
    for (const st of scene.stations) {
      if (st.busy === 0) continue
      if (st.id === 'oven') g.roundRect(st.x - 50, 66, 100, 54, 6).fill({ color: 0xff8c1a, alpha: 0.85 })
      if (st.id === 'stove') for (const [dx, dy] of [[-34, 78], [34, 78]].slice(0, st.busy)) g.circle(st.x + dx, dy, 11).fill(0xff7a1a).circle(st.x + dx, dy, 6).fill(0xffd166)
      if (st.id === 'prep') g.roundRect(st.x - 52, 74, 70, 44, 6).stroke({ width: 3, color: 0xffd166 })
      if (st.id === 'pass') g.roundRect(st.x - 80, 70, 160, 60, 6).stroke({ width: 3, color: 0xffd166 })
    }
    // dishes waiting on the pass
    scene.served.slice(-8).forEach((dish, i) => {
      const x = 755 + (i % 4) * 30
      const y = 88 + Math.floor(i / 4) * 24
      g.circle(x, y, 11).fill(0xffffff).stroke({ width: 1.5, color: 0xb0b8bd }).circle(x, y, 6).fill(dishColour(dish))
    })
    // lock doors on the right wall: green when free, red when held
    for (const d of scene.doors) {
      g.roundRect(d.x - 22, d.y - 50, 44, 90, 4).fill(0x8f5b34).stroke({ width: 3, color: 0x5e3a1f })
      g.roundRect(d.x - 16, d.y - 42, 32, 30, 3).fill(0xa8703f)
      g.roundRect(d.x - 9, d.y - 6, 18, 15, 3).fill(d.holder ? 0xc0392b : 0x2e8b57)
      g.moveTo(d.x - 6, d.y - 6).arc(d.x, d.y - 6, 6, Math.PI, 0).stroke({ width: 3, color: 0x555555 })
      this.text(nt++, d.label, 13, 0x3b2a1a).position.set(d.x - 4, d.y - 62)
      this.text(nt++, d.holder ? `held by\n${d.holder}` : 'free', 11, d.holder ? 0xa93226 : 0x1e7b46).position.set(d.x - 10, d.y + 52)
    }
    // Ready signs (conditions) and starter pistols (events) on the left wall
    for (const s of scene.signs) {
      const lit = s.on
      g.roundRect(s.x - 44, s.y - 30, 88, 40, 8).fill(lit ? 0x2e8b57 : 0x5d4037).stroke({ width: 3, color: 0x3e2723 })
      g.rect(s.x - 1, s.y - 50, 2, 20).fill(0x555555)
      const word = s.kind === 'event' ? (lit ? 'GO!' : 'ready…') : s.kind === 'condition' ? 'READY' : s.kind === 'queue' ? 'TRAY' : s.label
      this.text(nt++, word, 14, lit ? 0xffffff : 0xffe0a3).position.set(s.x, s.y - 10)
      this.text(nt++, s.label, 12, 0x3b2a1a).position.set(s.x, s.y + 24)
      if (s.waiting) this.text(nt++, `${s.waiting} waiting`, 11, 0x6a1b9a).position.set(s.x, s.y + 40)
      if (s.rang) {
        // the bell: heard by someone, or rung into an empty room (a lost wake-up)
        const lost = s.rang === 'lost'
        g.moveTo(s.x + 40, s.y - 42).lineTo(s.x + 52, s.y - 50).moveTo(s.x + 42, s.y - 30).lineTo(s.x + 56, s.y - 30).stroke({ width: 3, color: lost ? 0xc0392b : 0xe8a33d })
        const t = this.text(nt++, lost ? 'ding! nobody waiting' : 'ding!', 12, lost ? 0xa93226 : 0x8a5a00)
        t.position.set(s.x + 30, s.y - 60)
      }
    }
    for (let i = nt; i < this.textPool.length; i++) this.textPool[i].visible = false
    // measured here, when they change, not every frame (measuring a text costs a layout)
    this.wallWords = this.textPool.slice(0, nt).map((t) => ({ x: t.x, y: t.y - t.height / 2, w: t.width, h: t.height }))
  }

  /// Places the cooks; returns what they show, as a key for the frame.
  private placeCooks(scene: Scene): string {
    let key = ''
    const seen = new Set<number>()
    const shown: { art: Cook; x: number; y: number; bubbleY: number }[] = []
    for (const c of scene.cooks) {
      seen.add(c.ident)
      let art = this.cooks.get(c.ident)
      // a thread's name (and so its role and costume) arrives after its first
      // events while a run streams in: draw the cook again when it does
      if (art && art.name.text !== c.name) {
        this.cookLayer.removeChild(art.root)
        this.wordLayer.removeChild(art.words)
        dropCook(art)
        this.cooks.delete(c.ident)
        art = undefined
      }
      if (!art) {
        const drawn = drawCook(c.role, c.name)
        const words = new Container()
        words.scale.set(COOK_SCALE)
        words.addChild(drawn.bubble)
        art = { ...drawn, words, colour: -1, bubble_: null, baked: null, bakedTag: null, tagX: 0, tagY: 0 }
        this.cooks.set(c.ident, art)
        this.cookLayer.addChild(art.root)
        this.wordLayer.addChild(art.words)
      }
      const colour = threadColour(c.index, this.opts.colourBlind)
      if (art.colour !== colour) { paintApron(art, colour); art.colour = colour; this.bake(art) }
      art.root.visible = art.words.visible = true
      art.root.position.set(c.x, c.y)
      art.words.position.set(c.x, c.y)
      art.root.alpha = art.words.alpha = c.state === 'done' ? 0.55 : 1
      art.zzz.visible = c.state === 'sleeping'
      art.check.visible = c.state === 'done'
      art.bar.visible = c.progress !== null
      if (c.progress !== null) art.barFill.scale.x = Math.max(0.001, c.progress)
      const warn = c.state === 'blocked' || c.state === 'waiting' || c.state === 'joining'
      const said = c.says === null ? null : `${warn ? '!' : ' '}${c.says}`
      if (said !== art.bubble_) {
        art.bubble_ = said
        art.bubble.visible = said !== null
        if (said !== null) {
          const b = this.bubble(said)
          art.bubble.texture = b.texture
          art.bubble.anchor.set(b.ax, b.ay)
        }
      }
      shown.push({ art, x: c.x, y: c.y, bubbleY: c.progress !== null ? -86 : art.bubbleY })
      key += `${c.ident}:${c.x.toFixed(1)},${c.y.toFixed(1)},${c.state},${c.progress === null ? '' : c.progress.toFixed(3)},${c.says ?? ''},${colour};`
    }
    for (const [ident, art] of this.cooks) if (!seen.has(ident)) art.root.visible = art.words.visible = false
    this.spreadWords(shown)
    // draw the cooks further down the floor in front
    this.cookLayer.children.sort((a, b) => a.y - b.y)
    return key
  }

  /// Moves name tags down and bubbles up, a step at a time, until none lies on another.
  private spreadWords(shown: readonly { art: Cook; x: number; y: number; bubbleY: number }[]): void {
    const tags: LabelBox[] = shown.map(({ art, x, y }) => {
      const b = art.bakedTag!.getLocalBounds()
      return { x: x + (art.tagX + b.minX + b.width / 2) * COOK_SCALE, y: y + (art.tagY + b.minY) * COOK_SCALE, w: b.width * COOK_SCALE, h: b.height * COOK_SCALE }
    })
    // the words on the walls (a door's holder, a sign's name) stay where they are
    const walls = this.wallWords
    const tagMoves = separate(tags, TAG_STEP * COOK_SCALE, 1, 4, walls, TAG_REACH)
    const talking = shown.filter((s) => s.art.bubble.visible)
    const bubbles: LabelBox[] = talking.map(({ art, x, y, bubbleY }) => {
      const b = this.bubbles.get(art.bubble_!)!
      return { x, y: y + (bubbleY - b.ay * b.h) * COOK_SCALE, w: b.w * COOK_SCALE, h: b.h * COOK_SCALE }
    })
    const bubbleMoves = separate(bubbles, BUBBLE_STEP * COOK_SCALE, -1, 4, walls)
    shown.forEach((s, i) => { s.art.bakedTag!.position.set(s.art.tagX + tagMoves[i].dx / COOK_SCALE, s.art.tagY + tagMoves[i].steps * TAG_STEP) })
    talking.forEach((s, i) => { s.art.bubble.position.set(0, s.bubbleY - bubbleMoves[i].steps * BUBBLE_STEP) })
  }

  /// The texture of a speech bubble (`said`: '!' for a waiting cook's, then the words).
  private bubble(said: string): Baked {
    const known = this.bubbles.get(said)
    if (known) return known
    // a long run says many different things: forget the bubbles nobody shows
    if (this.bubbles.size >= 256) {
      const shown = new Set([...this.cooks.values()].map((c) => c.bubble_))
      for (const [k, b] of this.bubbles) if (!shown.has(k)) { b.texture.destroy(true); this.bubbles.delete(k) }
    }
    const art = drawBubble(said.slice(1), said[0] === '!')
    const b = art.getLocalBounds()
    const texture = this.app.renderer.generateTexture({ target: art, resolution: COOK_SCALE })
    // the anchor puts the bubble's centre where the drawing's origin was
    const baked = { texture, ax: -b.minX / (b.maxX - b.minX), ay: -b.minY / (b.maxY - b.minY), w: b.maxX - b.minX, h: b.maxY - b.minY }
    art.destroy({ children: true })
    this.bubbles.set(said, baked)
    return baked
  }

  /// Renders a cook's figure, and its name tag, each into a texture shown by
  /// one sprite in its place (the tag's in the cook's words, over the cooks).
  private bake(art: Cook): void {
    art.baked = this.bakeInto(art.figure, art.root, art.baked)
    art.bakedTag = this.bakeInto(art.tag, art.words, art.bakedTag)
    art.tagX = art.bakedTag.x
    art.tagY = art.bakedTag.y
  }

  /// Bakes `drawing` into a sprite that takes its place at the bottom of `parent` (replacing `old`).
  private bakeInto(drawing: Container, parent: Container, old: Sprite | null): Sprite {
    if (old) { parent.removeChild(old); old.destroy({ texture: true, textureSource: true }) }
    const b = drawing.getLocalBounds()
    // at the cook's on-screen scale, so the baked pixels are the canvas's pixels
    const texture = this.app.renderer.generateTexture({ target: drawing, resolution: COOK_SCALE })
    const sprite = new Sprite(texture)
    sprite.position.set(b.minX, b.minY)
    parent.removeChild(drawing)
    parent.addChildAt(sprite, 0)
    return sprite
  }

  /// A banner across the kitchen; a stopped run's is grey (not a verdict), a blocked kitchen's red.
  private setBanner(text: string | null): void {
    if (this.banner && (!text || (this.banner.children[1] as Text).text !== text)) { this.banner.destroy({ children: true }); this.banner = null }
    if (!text || this.banner) return
    const b = new Container()
    const t = label(text, 22, 0xffffff)
    const w = t.width + 40
    b.addChild(new Graphics().roundRect(-w / 2, -22, w, 44, 22).fill({ color: text === 'Stopped' ? 0x455a64 : 0xa93226, alpha: 0.92 }), t)
    b.position.set(KITCHEN.width / 2, 290)
    this.app.stage.addChild(b)
    this.banner = b
  }

  destroy(): void {
    for (const b of this.bubbles.values()) b.texture.destroy(true)
    this.bubbles.clear()
    this.app.destroy(true, { children: true })
  }
}

/// Textures PixiJS may batch into one draw call. Its batch shader picks a
/// fragment's texture with an if-chain over every texture unit; software GL
/// (SwiftShader, what Chromium uses without a GPU) evaluates the whole chain
/// for every pixel, so with its 32 units a frame of 16 cooks cost 40-60 ms
/// of rasterizing. With few units a frame makes a few more draw calls
/// (cheap) and each pixel samples a few textures.
const BATCH_TEXTURES = 2

/// Makes `gl` report at most `n` texture units to PixiJS (which sizes its
/// batches, and its batch shader, by them).
function limitBatchTextures(gl: WebGL2RenderingContext, n: number): void {
  const units = gl.getParameter(gl.MAX_TEXTURE_IMAGE_UNITS) as number
  const real = gl.getParameter.bind(gl)
  gl.getParameter = (p: GLenum) => (p === gl.MAX_TEXTURE_IMAGE_UNITS ? Math.min(units, n) : real(p))
}

/// Cooks are drawn at this scale (kitchen-art's drawCook): their baked textures too.
const COOK_SCALE = 1.35

/// A baked bubble: its texture, where its tail's tip is (anchor), and its size before scaling.
interface Baked { readonly texture: Texture; readonly ax: number; readonly ay: number; readonly w: number; readonly h: number }
/// How far a name tag moves down, and a bubble up, to get out of another's way (cook units).
const TAG_STEP = 15
/// How far (scene units) a name tag may slide sideways off the words on a wall.
const TAG_REACH = 60
const BUBBLE_STEP = 20

type Cook = CookArt & {
  /// The tag and the bubble, in the layer over every cook.
  words: Container
  colour: number
  bubble_: string | null
  baked: Sprite | null
  bakedTag: Sprite | null
  /// The baked tag's own place (before it moves out of another's way).
  tagX: number
  tagY: number
}

function dropCook(art: Cook): void {
  art.baked?.destroy({ texture: true, textureSource: true })
  art.bakedTag?.destroy({ texture: true, textureSource: true })
  art.root.destroy({ children: true })
  art.words.destroy({ children: true })
  art.figure.destroy({ children: true })
  art.tag.destroy({ children: true })
}

/// Everything the furniture layer shows, as a string: equal keys, equal pictures.
function furnitureKey(s: Scene): string {
  const stations = s.stations.map((st) => st.busy).join(',')
  const doors = s.doors.map((d) => `${d.label}@${d.x},${d.y}:${d.holder ?? ''}`).join(';')
  const signs = s.signs.map((g) => `${g.label}@${g.x},${g.y}:${g.kind}${g.on ? '+' : '-'}${g.waiting}${g.rang ?? ''}`).join(';')
  return `${stations}|${s.served.slice(-8).join(',')}|${doors}|${signs}`
}

function dishColour(dish: string): number {
  let h = 0
  for (const ch of dish) h = (h * 31 + ch.charCodeAt(0)) >>> 0
  return [0xd64933, 0xf2c14e, 0x5b8c3a, 0x8e5ea2, 0xe07a5f, 0x2e86ab][h % 6]
}
