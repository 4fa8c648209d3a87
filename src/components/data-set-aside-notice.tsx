import { useEffect, useState } from 'react'
import { dismissDataSetAside, onDataSetAside } from '@/stores/data-notices'
import { Notice } from './notice'

const AREA_LABELS: Record<string, string> = {
  core: '账号与家庭',
  checkup: '婚孕检',
  guidance: '优生优育',
  rooms: '亲子小屋',
  centres: '托育机构',
  help: '暖心服务',
}

/**
 * Told once, on whatever page is open: saved data could not be read, a copy was kept and the
 * service starts again from the demo data. Gone once dismissed.
 */
export function DataSetAsideNotice() {
  const [areas, setAreas] = useState<readonly string[]>([])
  useEffect(() => onDataSetAside(setAreas), [])
  if (areas.length === 0) return null
  const names = areas.map((area) => AREA_LABELS[area] ?? area).join('、')
  return (
    <Notice
      tone="info"
      message={`本机保存的${names}数据无法读取，已另存备份，并恢复为初始的演示数据。`}
      actions={[{ label: '知道了', onClick: dismissDataSetAside }]}
    />
  )
}
