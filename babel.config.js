// babel-preset-taro: https://docs.taro.zone/docs/next/babel-config
// On the mini programs the preset turns `import()` into a plain require; the WeChat build keeps it, so that the mock
// server becomes a chunk of its own subpackage, loaded with require.async (src/services/mockModule.weapp.ts).
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5', ...(process.env.TARO_ENV === 'weapp' ? { 'dynamic-import-node': false } : {}) }]],
}
