/// Compiling with a memory: the inspector runs one program thousands of
/// times, and a worker thread compiles the same library for every run.

import { parse } from '../front/parse.ts'
import { compile } from './compiler.ts'
import { type CodeObject } from './chunk.ts'

/// Code objects are immutable plain data and compilation is deterministic, so
/// a source compiled once serves every later run (the inspector runs one
/// program thousands of times). Bounded so a long-lived host does not grow.
const compiled = new Map<string, CodeObject>()
export function compileCached(source: string, filename: string, internal: boolean): CodeObject {
  const key = `${internal ? 1 : 0}\0${filename}\0${source}`
  let code = compiled.get(key)
  if (code === undefined) {
    code = compile(parse(source, filename), filename, source, internal ? { internal: true } : undefined)
    if (compiled.size >= 64) compiled.delete(compiled.keys().next().value!)
    compiled.set(key, code)
  }
  return code
}

/// The library modules written in Python (engine/lib), in the order the
/// worker threads register their code.
export const LIBRARY_MODULES: readonly string[] = ['threading', 'queue', 'sys']

/// A library module's code. Every loader (one thread, a worker's world, a
/// worker compiling ahead of its first run) goes through here, so all share
/// one cache entry per module.
export function compileLibrary(name: string, source: string): CodeObject {
  return compileCached(source, `${name}.py`, true)
}
