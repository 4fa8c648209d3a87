import { guidanceService } from '../../../src/features/guidance/service'
import { roomsService } from '../../../src/features/rooms/service'
import { setUpPage, tearDownPage, type PageHarness } from '../support/page-harness'

let h: PageHarness
beforeEach(() => { h = setUpPage() })
afterEach(tearDownPage)

it('dumps', async () => {
  const g = guidanceService()
  const out: string[] = []
  for (const stage of ['preparing','pregnancy-early','pregnancy-mid','pregnancy-late','infant-0-6','infant-6-12','toddler-12-24','toddler-24-36', undefined] as const) {
    const f = await g.feed({ stage: stage as never, page: 1, pageSize: 50 })
    out.push(`${stage}: total ${f.total} ${f.items.map(i => i.id + ':' + i.topic + ':' + i.title).join(' | ')}`)
  }
  for (const q of ['辅食', '发烧', '叶酸', 'xyz']) {
    const f = await g.feed({ query: q, page: 1, pageSize: 50 })
    out.push(`q=${q}: ${f.total} ${f.items.map(i => i.title).join(' | ')}`)
  }
  const a = await g.article('art-c14'); out.push(JSON.stringify(a).slice(0, 1500))
  const p = await g.article('art-p12'); out.push(p.title + ' ' + p.author.name)
  const r = roomsService()
  out.push(JSON.stringify((await r.list()).map(x => [x.id, x.name, x.district, x.openSessions])))
  const room = await r.room('room-cuiyuan')
  out.push(room.sessions.map(s => `${s.id} ${s.date} ${s.start}-${s.end} ${s.activity} ${s.ageMin}-${s.ageMax} cap${s.capacity} left${s.placesLeft} wl${s.waitlist} ${s.state}`).join('\n'))
  for (const id of ['room-wenxin','room-mishixiang']) {
    const rm = await r.room(id)
    out.push(rm.sessions.map(s => `${s.id} ${s.date} ${s.start}-${s.end} ${s.activity} ${s.ageMin}-${s.ageMax} cap${s.capacity} left${s.placesLeft} ${s.state}`).join('\n'))
  }
  await h.signInAs('u-parent')
  out.push(JSON.stringify(await r.myBookings(), null, 1).slice(0, 3000))
  console.log(out.join('\n'))
})
