/// The small native modules: `random` (seeded per run), `kitchen` (the
/// actions the window draws) and `math` (the little that kitchen programs use).

import { type Runtime, type NativeFn } from '../vm/runtime.ts'
import { T } from '../vm/types.ts'
import { type Value, None, True, False, UNBOUND, TAG_INT, mkInt } from '../vm/value.ts'
import { parseArgs, positional } from '../vm/args.ts'
import { toArray } from '../vm/iter.ts'
import { listReplace } from '../vm/items.ts'
import { Rng } from '../sched/rng.ts'
import { sleepFor, type NativeModule } from './threadprims.ts'
import { Thread } from '../vm/layout.ts'

function num(rt: Runtime, v: Value, what: string): number {
  if ((v & 7) === TAG_INT) return v / 8
  if (rt.isFloat(v)) return rt.floatOf(v)
  if (v === True || v === False || rt.isIntLike(v)) return Number(rt.intValue(v))
  throw rt.typeError(what)
}

function intArg(rt: Runtime, v: Value): number {
  if (!rt.isIntLike(v)) throw rt.typeError(`'${rt.typeName(v)}' object cannot be interpreted as an integer`)
  return Number(rt.intValue(v))
}

/// The `random` module: one generator per run, seeded from the run's seed.
function randomModule(rt: Runtime, rngOf: () => Rng, reseed: (n: number) => void): NativeModule {
  const m = new Map<string, Value>()
  const def = (name: string, fn: NativeFn): void => { m.set(name, rt.native(name, fn, `random.${name}`)) }
  def('seed', (rt, args) => {
    const v = args.length ? args[0] : None
    let n = 0
    if (v !== None) n = rt.isStr(v) ? Array.from(rt.str(v)).reduce((h, c) => Math.imul(h ^ c.codePointAt(0)!, 16777619), 2166136261) : Math.floor(num(rt, v, 'seed must be a number or str'))
    reseed(n)
    return None
  })
  def('random', () => rt.newFloat(rngOf().float()))
  def('uniform', (rt, args) => {
    const a = num(rt, args[0], 'uniform() needs numbers'), b = num(rt, args[1], 'uniform() needs numbers')
    return rt.newFloat(a + (b - a) * rngOf().float())
  })
  def('randint', (rt, args, kw) => {
    positional(rt, 'randint', args, kw, 2, 2)
    const a = intArg(rt, args[0]), b = intArg(rt, args[1])
    if (b < a) throw rt.error(T.ValueError, `empty range for randrange() (${a}, ${b + 1}, ${b + 1 - a})`)
    return mkInt(a + rngOf().below(b - a + 1))
  })
  def('randrange', (rt, args) => {
    let [start, stop, step] = args.length === 1 ? [0, intArg(rt, args[0]), 1] : [intArg(rt, args[0]), intArg(rt, args[1]), args.length > 2 ? intArg(rt, args[2]) : 1]
    const n = step > 0 ? Math.ceil((stop - start) / step) : Math.ceil((start - stop) / -step)
    if (n <= 0) throw rt.error(T.ValueError, `empty range for randrange() (${start}, ${stop}, ${stop - start})`)
    return mkInt(start + step * rngOf().below(n))
  })
  def('choice', (rt, args) => {
    const items = toArray(rt, args[0])
    if (items.length === 0) throw rt.error(T.IndexError, 'Cannot choose from an empty sequence')
    return items[rngOf().below(items.length)]
  })
  def('shuffle', (rt, args) => {
    const items = rt.listItems(args[0])
    for (let i = items.length - 1; i > 0; i--) {
      const j = rngOf().below(i + 1)
      const t = items[i]; items[i] = items[j]; items[j] = t
    }
    listReplace(rt, args[0], items)
    return None
  })
  def('sample', (rt, args, kw) => {
    const [pop, kV] = parseArgs(rt, 'sample', args, kw, ['population', 'k'])
    const items = toArray(rt, pop)
    const k = intArg(rt, kV)
    if (k < 0 || k > items.length) throw rt.error(T.ValueError, 'Sample larger than population or is negative')
    const pool = items.slice()
    const out: Value[] = []
    for (let i = 0; i < k; i++) out.push(pool.splice(rngOf().below(pool.length), 1)[0])
    return rt.newList(out)
  })
  return { name: 'random', members: m }
}

const STATIONS = new Set(['stove', 'oven', 'prep', 'pass', 'sink', 'grill', 'fryer'])

/// The `kitchen` module: actions take kitchen time at a station and are
/// traced for the window; `serve` records a dish.
function kitchenModule(rt: Runtime, served: () => Value): NativeModule {
  const m = new Map<string, Value>()
  const def = (name: string, fn: NativeFn): void => { m.set(name, rt.native(name, fn, `kitchen.${name}`)) }
  const action = (name: string, dfltSeconds: number, dfltStation: string | null): NativeFn => (rt, args, kw) => {
    const params = dfltStation === null ? ['dish', 'seconds?', 'station?'] : ['dish', 'seconds?']
    const [dish, secV, stationV] = parseArgs(rt, name, args, kw, params)
    if (!rt.isStr(dish)) throw rt.typeError('dish must be a str')
    let secs = dfltSeconds
    if (secV !== UNBOUND) {
      if (!((secV & 7) === TAG_INT || rt.isFloat(secV) || rt.isIntLike(secV)) || secV === True || secV === False) throw rt.typeError('seconds must be a number')
      secs = num(rt, secV, 'seconds must be a number')
      if (secs < 0) throw rt.error(T.ValueError, 'seconds must be non-negative')
    }
    // bake, chop and plate take no station argument: stationV is absent, not UNBOUND
    const station = stationV !== undefined && stationV !== UNBOUND ? rt.str(stationV) : dfltStation ?? 'stove'
    const th = rt.host.current()
    const starting = rt.f[th + Thread.DEADLINE] === 0
    const r = sleepFor(rt, secs, 'action-start', dish, { action: name, station, dish: rt.str(dish), seconds: secs })
    if (r === None) {
      if (starting && secs <= 0) rt.host.emit('action-start', dish, { action: name, station, dish: rt.str(dish), seconds: secs })
      rt.host.emit('action-end', dish, { action: name, station, dish: rt.str(dish) })
      return dish
    }
    return r
  }
  def('cook', action('cook', 1.0, null))
  def('bake', action('bake', 1.0, 'oven'))
  def('chop', action('chop', 0.5, 'prep'))
  def('plate', action('plate', 0.5, 'pass'))
  def('serve', (rt, args, kw) => {
    positional(rt, 'serve', args, kw, 1, 1)
    if (!rt.isStr(args[0])) throw rt.typeError('dish must be a str')
    rt.listAppend(served(), args[0])
    rt.host.emit('serve', args[0], rt.str(args[0]))
    return None
  })
  def('served', (rt) => rt.newList(rt.listItems(served())))
  return { name: 'kitchen', members: m }
}

/// `math`: the few functions kitchen programs reach for.
function mathModule(rt: Runtime): NativeModule {
  const m = new Map<string, Value>()
  const f1 = (name: string, fn: (x: number) => number, checkDomain?: (x: number) => boolean): void => {
    m.set(name, rt.native(name, (rt, args) => {
      const x = num(rt, args[0], `must be real number, not ${rt.typeName(args[0])}`)
      if (checkDomain && !checkDomain(x)) throw rt.error(T.ValueError, 'math domain error')
      return rt.newFloat(fn(x))
    }, `math.${name}`))
  }
  f1('sqrt', Math.sqrt, (x) => x >= 0)
  f1('exp', Math.exp)
  f1('log10', Math.log10, (x) => x > 0)
  f1('sin', Math.sin)
  f1('cos', Math.cos)
  m.set('log', rt.native('log', (rt, args) => {
    const x = num(rt, args[0], 'must be real number')
    if (x <= 0) throw rt.error(T.ValueError, 'math domain error')
    return rt.newFloat(args.length > 1 ? Math.log(x) / Math.log(num(rt, args[1], 'must be real number')) : Math.log(x))
  }, 'math.log'))
  for (const [name, fn] of [['floor', Math.floor], ['ceil', Math.ceil], ['trunc', Math.trunc]] as const) {
    m.set(name, rt.native(name, (rt, args) => {
      if (rt.isIntLike(args[0])) return args[0]
      return rt.int(fn(num(rt, args[0], 'must be real number')))
    }, `math.${name}`))
  }
  m.set('isclose', rt.native('isclose', (rt, args) => {
    const a = num(rt, args[0], 'must be real number'), b = num(rt, args[1], 'must be real number')
    return Math.abs(a - b) <= Math.max(1e-9 * Math.max(Math.abs(a), Math.abs(b)), 0) ? True : False
  }, 'math.isclose'))
  m.set('pi', rt.newFloat(Math.PI))
  m.set('e', rt.newFloat(Math.E))
  m.set('inf', rt.newFloat(Infinity))
  return { name: 'math', members: m }
}

/// All the small native modules, registered in a fixed order.
export function stdlibModules(rt: Runtime, rngOf: () => Rng, reseed: (n: number) => void, served: () => Value): NativeModule[] {
  return [randomModule(rt, rngOf, reseed), kitchenModule(rt, served), mathModule(rt)]
}

