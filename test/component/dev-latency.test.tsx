// The developer panel's 模拟网络延迟 (issue 22): the bench fixes the mock's wait at 150 ms a round trip on the H5
// production build; the choice is set on the server and kept on the device, so a reload keeps it.
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { renderPage, serverStorage, testBackend } from './render'
import { routes } from '@/navigation/routes'
import { taroStorage } from '@/services/storage'
import { LATENCY_KEY } from '@/services/mock/faults'

afterEach(() => taroStorage.removeItem(LATENCY_KEY))

describe('模拟网络延迟 offers 固定 150 毫秒 and keeps the choice on the device', () => {
  it.each([
    ['固定 150 毫秒', { latencyMinMs: 150, latencyMaxMs: 150 }, 'fixed150'],
    ['无延迟', { latencyMinMs: 0, latencyMaxMs: 0 }, 'none'],
    ['150–400 毫秒', { latencyMinMs: 150, latencyMaxMs: 400 }, null],
  ] as const)('%s', async (label, latency, stored) => {
    // Another choice was kept before (in the storage the test's server keeps its data in; the app's is the device's).
    serverStorage.setItem(LATENCY_KEY, stored === 'fixed150' ? 'none' : 'fixed150')
    renderPage(routes.devPanel)
    const group = await screen.findByRole('radiogroup', { name: '模拟网络延迟' })
    fireEvent.click(within(group).getByRole('radio', { name: label }))
    await waitFor(() => expect(within(group).getByRole('radio', { name: label }).getAttribute('aria-checked')).toBe('true'))
    expect(testBackend.control.faults()).toMatchObject(latency)
    expect(serverStorage.getItem(LATENCY_KEY)).toBe(stored)
  })
})

describe('a new start of the app (a reload) keeps the choice', () => {
  it.each([
    ['fixed150', { latencyMinMs: 150, latencyMaxMs: 150 }],
    ['none', { latencyMinMs: 0, latencyMaxMs: 0 }],
    [undefined, { latencyMinMs: 150, latencyMaxMs: 400 }],
  ] as const)('kept: %s', async (stored, latency) => {
    if (stored) taroStorage.setItem(LATENCY_KEY, stored)
    let services: typeof import('@/services') | undefined
    jest.isolateModules(() => {
      services = require('@/services') as typeof import('@/services')
    })
    const control = await services!.mockReady()
    expect(control.faults()).toMatchObject(latency)
  })
})
