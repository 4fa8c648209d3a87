import { act, render, screen } from '@testing-library/react'
import { useLoader } from '@/hooks/use-loader'

/** A backend call the test answers by hand, in any order. */
function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((yes, no) => {
    resolve = yes
    reject = no
  })
  return { promise, resolve, reject }
}

/** Every frame the list below has drawn, in order, so a test sees even those no await would. */
let frames: string[] = []
beforeEach(() => {
  frames = []
})

/** A list page filtered by district, as the institution and room lists use the hook. */
function DistrictList({ district, fetch }: { district: string; fetch: (district: string) => Promise<string[]> }) {
  const list = useLoader(() => fetch(district), [district])
  const text = list.status === 'loading' ? '正在加载…' : list.status === 'error' ? list.error : `${district}：${(list.data ?? []).join('、')}`
  frames.push(text)
  return <p role={list.status === 'error' ? 'alert' : undefined}>{text}</p>
}

describe('useLoader', () => {
  it('shows the answer to the latest filter even when the earlier answer arrives last', async () => {
    const calls = new Map<string, ReturnType<typeof deferred<string[]>>>()
    const fetch = (district: string) => {
      const call = deferred<string[]>()
      calls.set(district, call)
      return call.promise
    }
    const { rerender } = render(<DistrictList district="西湖区" fetch={fetch} />)
    rerender(<DistrictList district="滨江区" fetch={fetch} />)

    await act(async () => calls.get('滨江区')!.resolve(['滨江区妇幼保健院']))
    expect(screen.getByText('滨江区：滨江区妇幼保健院')).toBeTruthy()
    await act(async () => calls.get('西湖区')!.resolve(['西湖区妇幼保健院']))
    expect(screen.getByText('滨江区：滨江区妇幼保健院')).toBeTruthy()
    expect(screen.queryByText(/西湖区妇幼保健院/)).toBeNull()
  })

  it('a failure of a superseded load does not replace the latest answer with an error', async () => {
    const calls = new Map<string, ReturnType<typeof deferred<string[]>>>()
    const fetch = (district: string) => {
      const call = deferred<string[]>()
      calls.set(district, call)
      return call.promise
    }
    const { rerender } = render(<DistrictList district="西湖区" fetch={fetch} />)
    rerender(<DistrictList district="滨江区" fetch={fetch} />)
    await act(async () => calls.get('滨江区')!.resolve(['滨江区妇幼保健院']))
    await act(async () => calls.get('西湖区')!.reject(new Error('network')))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByText('滨江区：滨江区妇幼保健院')).toBeTruthy()
  })

  it('a new filter draws 正在加载 in its first frame, never the previous filter’s list under the new name', async () => {
    const fetch = (district: string) => (district === '西湖区' ? Promise.resolve(['西湖区妇幼保健院']) : new Promise<string[]>(() => undefined))
    const { rerender } = render(<DistrictList district="西湖区" fetch={fetch} />)
    await screen.findByText('西湖区：西湖区妇幼保健院')
    frames = []

    rerender(<DistrictList district="滨江区" fetch={fetch} />)
    expect(frames[0]).toBe('正在加载…')
    expect(frames).not.toContain('滨江区：西湖区妇幼保健院')
    expect(screen.getByText('正在加载…')).toBeTruthy()
  })
})
