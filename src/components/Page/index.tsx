import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { useSettings } from '@/stores/settings'

/** Every page's root: adds 长辈模式 (larger text and controls, higher contrast) when it is on. */
export default function Page({ children, className }: { children?: ReactNode; className?: string }) {
  const elder = useSettings((s) => s.elderMode)
  return <View className={['page', elder ? 'page--elder' : '', className ?? ''].filter(Boolean).join(' ')}>{children}</View>
}
