// WeChat builds only (config/index.ts). Webpack loads an `import()` chunk by adding a <script> element, which a
// mini program has not; WeChat's 分包异步化 loads a subpackage's file with `require.async(path)` instead (base
// library ≥ 2.11.2). This replaces webpack's script loader in runtime.js with `require.async` of the chunk's file;
// the file then registers its modules through `wx.webpackJsonp` as every Taro chunk does. Each path is written out
// literally, so WeChat's dependency analysis sees the files (none is dropped from the upload as unused). Where
// `require.async` is missing (the Node harness of test/weapp), the file is required on the next tick.
import webpack, { type Compiler } from 'webpack'

const { RuntimeGlobals, RuntimeModule, Template } = webpack

class RequireAsyncLoadScript extends RuntimeModule {
  constructor() {
    super('load chunks with require.async', RuntimeModule.STAGE_ATTACH)
  }

  generate(): string {
    const compilation = this.compilation!
    const files = [...this.chunk!.getAllAsyncChunks()].map((c) =>
      compilation.getPath(compilation.outputOptions.chunkFilename as string, { chunk: c, contentHashType: 'javascript' }),
    )
    return Template.asString([
      'var files = {',
      Template.indent(
        files.map((f) => `${JSON.stringify(f)}: function () { return typeof require.async === "function" ? require.async(${JSON.stringify(`./${f}`)}) : Promise.resolve().then(function () { return require(${JSON.stringify(`./${f}`)}) }) },`),
      ),
      '};',
      `${RuntimeGlobals.loadScript} = function (url, done) {`,
      Template.indent([
        'var load = files[url.replace(/^\\.?\\//, "")];',
        'if (!load) return done({ type: "missing", target: { src: url } });',
        'load().then(function () { done({ type: "load", target: { src: url } }) }, function (e) { done({ type: "error", target: { src: url }, message: e && e.errMsg }) });',
      ]),
      '};',
    ])
  }
}

/**
 * `loaded`: the chunks every page has loaded before any code runs (the main package's shared chunks). An async chunk
 * is left out of splitChunks (config/index.ts), so after the split it still holds copies of what those chunks hold
 * (dayjs, the domain): these copies are dropped from it.
 */
export default class RequireAsyncChunks {
  constructor(private readonly loaded: string[]) {}

  apply(compiler: Compiler): void {
    compiler.hooks.thisCompilation.tap('RequireAsyncChunks', (compilation) => {
      // After SplitChunksPlugin (stage 10).
      compilation.hooks.optimizeChunks.tap({ name: 'RequireAsyncChunks', stage: 20 }, (chunks) => {
        const graph = compilation.chunkGraph
        const all = [...chunks]
        const loaded = all.filter((c) => c.name && this.loaded.includes(c.name))
        for (const chunk of all) {
          if (chunk.canBeInitial() || loaded.includes(chunk)) continue
          for (const m of [...graph.getChunkModulesIterable(chunk)]) {
            if (loaded.some((c) => graph.isModuleInChunk(m, c))) graph.disconnectChunkAndModule(chunk, m)
          }
        }
      })
      compilation.hooks.runtimeRequirementInTree.for(RuntimeGlobals.loadScript).tap({ name: 'RequireAsyncChunks', stage: -100 }, (chunk) => {
        compilation.addRuntimeModule(chunk, new RequireAsyncLoadScript())
        return true
      })
    })
  }
}
