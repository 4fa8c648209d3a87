import { act, fireEvent, render, screen } from '@testing-library/react'
import { PageShell } from '@/components/page-shell'
import { dismissDataSetAside, reportDataSetAside } from '@/stores/data-notices'

afterEach(() => act(() => dismissDataSetAside()))

describe('saved data set aside', () => {
  it('is told on the open page, naming every area once, until 知道了', () => {
    render(<PageShell>页面内容</PageShell>)
    expect(screen.queryByText(/无法读取/)).toBeNull()
    act(() => {
      reportDataSetAside('rooms')
      reportDataSetAside('help')
      reportDataSetAside('rooms')
    })
    expect(screen.getByText('本机保存的亲子小屋、暖心服务数据无法读取，已另存备份，并恢复为初始的演示数据。')).toBeTruthy()
    fireEvent.click(screen.getByText('知道了'))
    expect(screen.queryByText(/无法读取/)).toBeNull()
  })

  it('a page opened after the recovery still shows it', () => {
    reportDataSetAside('core')
    render(<PageShell>页面内容</PageShell>)
    expect(screen.getByText(/本机保存的账号与家庭数据无法读取/)).toBeTruthy()
  })
})
