import { act, render, screen } from '@testing-library/react'
import { ListState } from '@/components/list-state'
import { useQuery } from '@/hooks/use-query'
import { taroDouble } from '../doubles/taro'

/** A list page on useQuery: what it shows, and how often it asked the backend. */
function Bookings({ fetch, refreshOnShow }: { fetch: () => Promise<string[]>; refreshOnShow?: boolean }) {
  const bookings = useQuery(fetch, [], { refreshOnShow, failedText: '预约加载失败' })
  return (
    <ListState {...bookings.listState}>
      <p>{(bookings.data ?? []).join('、')}</p>
    </ListState>
  )
}

describe('useQuery', () => {
  it('loads again when the page comes back into view, showing what the other page changed', async () => {
    let answer = ['周六上午 绘本共读']
    const fetch = jest.fn(() => Promise.resolve(answer))
    render(<Bookings fetch={fetch} />)
    await screen.findByText('周六上午 绘本共读')

    answer = ['周六上午 绘本共读', '周日下午 音乐律动']
    await act(async () => taroDouble.showAgain())
    await screen.findByText('周六上午 绘本共读、周日下午 音乐律动')
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  it('does not load again on show when told not to (a form would lose what was typed)', async () => {
    const fetch = jest.fn(() => Promise.resolve(['周六上午 绘本共读']))
    render(<Bookings fetch={fetch} refreshOnShow={false} />)
    await screen.findByText('周六上午 绘本共读')
    await act(async () => taroDouble.showAgain())
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('says what failed in the page\'s words and retries on 重试', async () => {
    const fetch = jest.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(['周六上午 绘本共读'])
    render(<Bookings fetch={fetch} />)
    expect(await screen.findByText(/^预约加载失败：/)).toBeTruthy()
    await act(async () => screen.getByText('重试').click())
    await screen.findByText('周六上午 绘本共读')
  })
})
