// webpack-chain's Rule has sideEffects() at run time (its src/Rule.js) but not in its typings, and config/index.ts
// marks src/platform/components.h5 side-effect free with it: the method is declared here so the typecheck passes.
// Drop this file once config/ no longer calls it (or webpack-chain's typings gain it).
import 'webpack-chain'

declare module 'webpack-chain' {
  // The class's own type parameter, repeated so the declarations merge.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface Rule<T = Module> {
    sideEffects(value: boolean): this
  }
}
