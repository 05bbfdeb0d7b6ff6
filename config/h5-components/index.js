// H5 only: config/index.ts points '@tarojs/components' here in the H5 build. Taro's React binding defines all
// ~100 components in one module, so a page that shows only View still loads Button, Input, ScrollView and Image
// when any other page uses them; one module per component lets each page load just the ones it shows
// (the first screen's budget, npm run bench). The components are Taro's own; only the packaging differs.
// test/unit/h5-components.test.ts checks that every component the app imports is exported here.
export { Button } from './button'
export { Image } from './image'
export { Input } from './input'
export { ScrollView } from './scroll-view'
export { View } from './view'
