process.env.TARO_ENV = 'h5'
process.env.TARO_PLATFORM = 'web'
// Build-time constants that Taro's webpack config defines.
globalThis.DEPRECATED_ADAPTER_COMPONENT = false
globalThis.ENABLE_INNER_HTML = true
globalThis.ENABLE_ADJACENT_HTML = true
globalThis.ENABLE_SIZE_APIS = true
globalThis.ENABLE_TEMPLATE_CONTENT = true
globalThis.ENABLE_CLONE_NODE = true
globalThis.ENABLE_CONTAINS = true
globalThis.ENABLE_MUTATION_OBSERVER = true

// jsdom has no IntersectionObserver (Taro's H5 components use it for exposure events): one that never fires.
if (typeof globalThis.IntersectionObserver === 'undefined') {
  globalThis.IntersectionObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
    takeRecords() {
      return []
    }
  }
}
