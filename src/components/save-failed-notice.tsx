import { useEffect, useState } from 'react'
import { dismissSaveFailed, onSaveFailed } from '@/stores/data-notices'
import { Notice } from './notice'

/** Told on whatever page is open when what the person just did could not be stored on the phone. */
export function SaveFailedNotice() {
  const [failed, setFailed] = useState(false)
  useEffect(() => onSaveFailed(setFailed), [])
  if (!failed) return null
  return (
    <Notice
      tone="info"
      message="手机存储空间不足，刚才的操作暂时只保存在本次打开的小程序里，关闭后可能丢失。请清理微信的存储空间，之后的操作会自动重新保存。"
      actions={[{ label: '知道了', onClick: dismissSaveFailed }]}
    />
  )
}
