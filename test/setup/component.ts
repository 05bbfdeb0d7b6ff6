import { cleanup } from '@testing-library/react'
import { resetNavigation } from '../shims/taro'

afterEach(() => {
  cleanup()
  resetNavigation()
})
