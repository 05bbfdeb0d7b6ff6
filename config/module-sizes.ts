// `MODULE_SIZES=<file> taro build --type weapp` (scripts/main-package.mjs): writes each chunk's files and the
// modules in it with their sizes before minification, from webpack's chunk graph (concatenated modules are listed
// one by one), so that what the WeChat main package holds can be measured rather than guessed.
import fs from 'node:fs'
import type { Compilation, Compiler, Module } from 'webpack'

export default class ModuleSizes {
  constructor(private readonly out: string) {}

  apply(compiler: Compiler): void {
    compiler.hooks.afterEmit.tap('ModuleSizes', (compilation: Compilation) => {
      const graph = compilation.chunkGraph
      const inner = (m: Module): Module[] => {
        const nested = (m as Module & { modules?: Iterable<Module> }).modules
        return nested ? [...nested] : [m]
      }
      const chunks = [...compilation.chunks].map((chunk) => ({
        name: chunk.name ?? null,
        files: [...chunk.files],
        modules: [...graph.getChunkModulesIterable(chunk)]
          .flatMap(inner)
          .map((m) => ({ name: m.readableIdentifier(compilation.requestShortener), size: m.size() })),
      }))
      fs.writeFileSync(this.out, JSON.stringify({ chunks }))
    })
  }
}
