import type { ArticleInput } from '@/domain/article'
import { expectServiceError } from '../support/expect-error'
import { describeContract, type ContractHarness } from '../support/transports'

// What the contract refuses before a guidance handler runs: objects where text belongs, values
// outside the closed sets, unbounded lists and pages, ids that are not ids. Each refusal is
// VALIDATION (or NOT_FOUND for a well-formed id that names nothing) and stores nothing.

const ARTICLE: ArticleInput = {
  title: '宝宝夜醒频繁，先看看这几件事',
  stages: ['infant-6-12'],
  topic: 'daily-care',
  summary: '6到12个月的宝宝夜里醒来很常见，先排除饥饿、冷热和出牙不适，再帮他学会自己接觉。',
  body: [
    { kind: 'paragraph', text: '这个月龄的宝宝每晚醒来一两次是正常的。白天小睡太长、睡前玩得太兴奋，都会让夜里醒得更多。先固定睡前程序：洗澡、换睡衣、讲故事、关灯。' },
    { kind: 'list', items: ['室温保持在20–24℃', '睡前一小时不看屏幕'] },
  ],
  cover: null,
}

const PROTOTYPE_NAMES = ['constructor', 'toString', 'hasOwnProperty']

/** The instructor's own articles (titles and statuses), to show a refused call stored nothing. */
async function mineOf(h: ContractHarness) {
  return (await h.call('guidance.mine')).map(({ id, title, status, updatedAt }) => ({ id, title, status, updatedAt }))
}

describeContract('优生优育 guidance: what the contract refuses', (h) => {
  describe('text fields of an article (objects are not text)', () => {
    it('refuses an object, a number or a list as the title, summary or a block, and stores nothing', async () => {
      await h().signInAs('u-instructor')
      const before = await mineOf(h())
      const malformed: Array<[string, unknown, string]> = [
        ['title', { ...ARTICLE, title: { zh: '宝宝夜醒频繁' } }, '标题应为文字'],
        ['summary', { ...ARTICLE, summary: ['6到12个月的宝宝夜里醒来很常见'] }, '摘要应为文字'],
        ['body.0.text', { ...ARTICLE, body: [{ kind: 'paragraph', text: { text: '这个月龄的宝宝' } }] }, '段落应为文字'],
        ['body.0.text', { ...ARTICLE, body: [{ kind: 'heading', text: 12 }] }, '小标题应为文字'],
        ['body.1.items.0', { ...ARTICLE, body: [ARTICLE.body[0], { kind: 'list', items: [{ item: '室温' }] }] }, '列表项应为文字'],
        ['body.0.kind', { ...ARTICLE, body: [{ kind: 'quote', text: '引用' }] }, '正文每一块应为小标题、段落或列表'],
      ]
      for (const [index, [field, article, message]] of malformed.entries()) {
        const error = await expectServiceError(h().rawCall('guidance.save', { article }, { idempotencyKey: `object-${index}` }), 'VALIDATION')
        expect(error.fieldErrors?.[field]).toBe(message)
      }
      // An edit is refused the same way, and leaves the article as it was.
      await expectServiceError(h().rawCall('guidance.save', { id: 'art-d01', article: { ...ARTICLE, title: { toString: '秋冬腹泻' } } }, { idempotencyKey: 'edit-object' }), 'VALIDATION')
      expect(await mineOf(h())).toEqual(before)
      expect(JSON.stringify(await h().call('guidance.mine'))).not.toContain('[object Object]')
    })

    it('keeps stages, topic and cover to their closed sets instead of quietly dropping what is unknown', async () => {
      await h().signInAs('u-instructor')
      const before = await mineOf(h())
      const outside: Array<[string, unknown]> = [
        ['stages.0', { ...ARTICLE, stages: ['teenager'] }],
        ['stages.1', { ...ARTICLE, stages: ['infant-6-12', '__proto__'] }],
        ['stages', { ...ARTICLE, stages: 'infant-6-12' }],
        ['topic', { ...ARTICLE, topic: 'constructor' }],
        ['topic', { ...ARTICLE, topic: 'astrology' }],
        ['cover', { ...ARTICLE, cover: 'rainbow' }],
        ['cover', { ...ARTICLE, cover: 'toString' }],
      ]
      for (const [index, [field, article]] of outside.entries()) {
        const error = await expectServiceError(h().rawCall('guidance.save', { article }, { idempotencyKey: `closed-${index}` }), 'VALIDATION')
        expect(error.fieldErrors?.[field]).toMatch(/^请选择|格式不正确/)
      }
      expect(await mineOf(h())).toEqual(before)
    })

    it('bounds the lists: at most 60 blocks, 30 items in a list, each stage once', async () => {
      await h().signInAs('u-instructor')
      const before = await mineOf(h())
      const paragraph = ARTICLE.body[0]
      const tooManyBlocks = await expectServiceError(
        h().call('guidance.save', { article: { ...ARTICLE, body: Array.from({ length: 61 }, () => paragraph) } }, { idempotencyKey: 'blocks-61' }),
        'VALIDATION',
      )
      expect(tooManyBlocks.fieldErrors?.body).toBe('正文最多60项')
      const longList = await expectServiceError(
        h().call('guidance.save', { article: { ...ARTICLE, body: [paragraph, { kind: 'list', items: Array.from({ length: 31 }, (_, n) => `第${n + 1}条`) }] } }, { idempotencyKey: 'items-31' }),
        'VALIDATION',
      )
      expect(longList.fieldErrors?.['body.1.items']).toBe('列表最多30项')
      const hugeParagraph = await expectServiceError(
        h().call('guidance.save', { article: { ...ARTICLE, body: [{ kind: 'paragraph', text: '睡'.repeat(200_000) }] } }, { idempotencyKey: 'huge' }),
        'VALIDATION',
      )
      expect(hugeParagraph.fieldErrors?.['body.0.text']).toBe('最多1000个字，已超出199000个字，请删减')
      const nineStages = await expectServiceError(
        h().rawCall('guidance.save', { article: { ...ARTICLE, stages: Array<string>(9).fill('infant-6-12') } }, { idempotencyKey: 'stages-9' }),
        'VALIDATION',
      )
      expect(nineStages.fieldErrors?.stages).toBe('阶段最多8项')
      expect(await mineOf(h())).toEqual(before)

      // Sixty blocks is fine, and a stage ticked twice is kept once.
      const saved = await h().call('guidance.save', { article: { ...ARTICLE, stages: ['infant-6-12', 'infant-6-12'], body: Array.from({ length: 60 }, () => paragraph) } }, { idempotencyKey: 'blocks-60' })
      expect(saved.body).toHaveLength(60)
      expect(saved.stages).toEqual(['infant-6-12'])
    })

    it('trims text and drops fields the contract does not know: the author and status stay the backend’s', async () => {
      await h().signInAs('u-instructor')
      const saved = await h().rawCall(
        'guidance.save',
        { article: { ...ARTICLE, title: `  ${ARTICLE.title}  `, status: 'published', authorId: 'u-instructor-2' }, authorId: 'u-instructor-2' },
        { idempotencyKey: 'extra-fields' },
      )
      expect(saved).toMatchObject({ title: ARTICLE.title, status: 'draft' })
      expect(saved).not.toHaveProperty('authorId')
      expect((await h().call('guidance.mine')).map((article) => article.title)).toContain(ARTICLE.title)
    })
  })

  describe('ids and enum values named like Object.prototype’s keys', () => {
    it('answers NOT_FOUND for constructor, toString and hasOwnProperty as article ids, never FORBIDDEN or INTERNAL', async () => {
      const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort()
      await h().signInAs('u-instructor')
      const before = await mineOf(h())
      for (const id of PROTOTYPE_NAMES) {
        await expectServiceError(h().call('guidance.article', { id }), 'NOT_FOUND')
        await expectServiceError(h().call('guidance.editable', { id }), 'NOT_FOUND')
        await expectServiceError(h().call('guidance.publish', { id }, { idempotencyKey: `pub-${id}` }), 'NOT_FOUND')
        await expectServiceError(h().call('guidance.unpublish', { id }, { idempotencyKey: `unpub-${id}` }), 'NOT_FOUND')
        await expectServiceError(h().call('guidance.save', { id, article: ARTICLE }, { idempotencyKey: `save-${id}` }), 'NOT_FOUND')
        await expectServiceError(h().call('guidance.share', { id }, { idempotencyKey: `share-${id}` }), 'NOT_FOUND')
      }
      await h().signInAs('u-parent')
      for (const id of PROTOTYPE_NAMES) {
        await expectServiceError(h().call('guidance.favourite', { id, on: true }, { idempotencyKey: `fav-${id}` }), 'NOT_FOUND')
      }
      expect((await h().call('guidance.favourites')).map((article) => article.id)).toEqual(['art-c14', 'art-p12'])
      await h().signInAs('u-instructor')
      expect(await mineOf(h())).toEqual(before)
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys)
    })

    it('refuses __proto__ as an id, a stage or a topic as VALIDATION', async () => {
      await h().signInAs('u-instructor')
      for (const method of ['guidance.article', 'guidance.editable']) {
        await expectServiceError(h().rawCall(method, { id: '__proto__' }), 'VALIDATION')
      }
      for (const method of ['guidance.publish', 'guidance.unpublish', 'guidance.share']) {
        await expectServiceError(h().rawCall(method, { id: '__proto__' }, { idempotencyKey: `proto-${method}` }), 'VALIDATION')
      }
      await expectServiceError(h().rawCall('guidance.save', { id: '__proto__', article: ARTICLE }, { idempotencyKey: 'proto-save' }), 'VALIDATION')
      await expectServiceError(h().rawCall('guidance.feed', { stage: '__proto__' }), 'VALIDATION')
      await expectServiceError(h().rawCall('guidance.feed', { topic: 'constructor' }), 'VALIDATION')
      await expectServiceError(h().rawCall('guidance.feed', { stage: 'hasOwnProperty' }), 'VALIDATION')
    })

    it('credits a share only to a real sharer: constructor or toString in from counts no shared read', async () => {
      const sharedReads = async () => (await h().call('guidance.mine')).find((article) => article.id === 'art-c05')!.counts.sharedReads
      await h().signInAs('u-instructor')
      const before = await sharedReads()
      await h().signInAs('u-parent')
      await h().call('guidance.article', { id: 'art-c05', from: 'constructor' })
      h().clock.advance(24 * 3_600_000)
      await h().call('guidance.article', { id: 'art-c05', from: 'toString' })
      await expectServiceError(h().rawCall('guidance.article', { id: 'art-c05', from: '__proto__' }), 'VALIDATION')
      await h().signInAs('u-instructor')
      expect(await sharedReads()).toBe(before)
    })
  })

  describe('the feed’s filters and paging', () => {
    it('refuses a stage or topic outside the lists with a Chinese message at the field, not an unfiltered list', async () => {
      const stage = await expectServiceError(h().rawCall('guidance.feed', { stage: 'teenager' }), 'VALIDATION')
      expect(stage.fieldErrors).toEqual({ stage: '请选择阶段' })
      const topic = await expectServiceError(h().rawCall('guidance.feed', { topic: 'astrology', stage: 'infant-6-12' }), 'VALIDATION')
      expect(topic.fieldErrors).toEqual({ topic: '请选择主题' })
      await expectServiceError(h().rawCall('guidance.feed', { stage: ['infant-6-12'] }), 'VALIDATION')
    })

    it('refuses pages and page sizes that are not whole numbers in range, instead of quietly clamping them', async () => {
      const refused: Array<[Record<string, unknown>, string, string]> = [
        [{ page: 0 }, 'page', '页码不能小于1'],
        [{ page: -3 }, 'page', '页码不能小于1'],
        [{ page: 1.5 }, 'page', '页码应为整数'],
        [{ page: '2' }, 'page', '页码应为数字'],
        [{ page: 1e9 }, 'page', '页码不能大于1000'],
        [{ page: null }, 'page', '页码应为数字'],
        [{ pageSize: 0 }, 'pageSize', '每页篇数不能小于1'],
        [{ pageSize: 51 }, 'pageSize', '每页篇数不能大于50'],
        [{ pageSize: 'all' }, 'pageSize', '每页篇数应为数字'],
      ]
      for (const [filters, field, message] of refused) {
        const error = await expectServiceError(h().rawCall('guidance.feed', filters), 'VALIDATION')
        expect(error.fieldErrors?.[field]).toBe(message)
      }
      expect((await h().call('guidance.feed', { page: 1000, pageSize: 50 })).items).toEqual([])
    })

    it('takes the query as text of at most 50 characters, trimmed', async () => {
      const object = await expectServiceError(h().rawCall('guidance.feed', { query: { text: '辅食' } }), 'VALIDATION')
      expect(object.fieldErrors?.query).toBe('搜索词应为文字')
      await expectServiceError(h().rawCall('guidance.feed', { query: ['辅食'] }), 'VALIDATION')
      const long = await expectServiceError(h().call('guidance.feed', { query: '辅'.repeat(51) }), 'VALIDATION')
      expect(long.fieldErrors?.query).toBe('最多50个字，已超出1个字，请删减')
      const padded = await h().call('guidance.feed', { query: '  辅食  ' })
      expect(padded.total).toBe((await h().call('guidance.feed', { query: '辅食' })).total)
      expect((await h().call('guidance.feed', { query: '   ' })).total).toBe((await h().call('guidance.feed', {})).total)
    })

    it('answers the whole feed for no filters at all', async () => {
      const all = await h().call('guidance.feed')
      expect(all).toMatchObject({ page: 1, pageSize: 20, inStage: null })
      expect(all.total).toBe(44)
    })
  })

  describe('publishing: ids and flags of the wrong type', () => {
    it('refuses a non-string id to publish, unpublish, open or share, and changes nothing', async () => {
      await h().signInAs('u-instructor')
      const before = await mineOf(h())
      for (const [index, id] of [['art-d01'], { id: 'art-d01' }, 42, true, null, '', 'art d01', '<b>art-d01</b>', '文章'].entries()) {
        for (const method of ['guidance.publish', 'guidance.unpublish', 'guidance.share']) {
          await expectServiceError(h().rawCall(method, { id }, { idempotencyKey: `${method}-${index}` }), 'VALIDATION')
        }
        await expectServiceError(h().rawCall('guidance.editable', { id }), 'VALIDATION')
        await expectServiceError(h().rawCall('guidance.article', { id }), 'VALIDATION')
      }
      await expectServiceError(h().rawCall('guidance.publish', {}, { idempotencyKey: 'no-id' }), 'VALIDATION')
      await expectServiceError(h().rawCall('guidance.publish', null, { idempotencyKey: 'null-payload' }), 'VALIDATION')
      await expectServiceError(h().rawCall('guidance.unpublish', ['art-c01'], { idempotencyKey: 'list-payload' }), 'VALIDATION')
      expect(await mineOf(h())).toEqual(before)
    })

    it('refuses an id of the wrong type on save rather than creating a new article', async () => {
      await h().signInAs('u-instructor')
      const before = await mineOf(h())
      for (const [index, id] of [0, '', null, false, ['art-d01'], { id: 'art-d01' }].entries()) {
        await expectServiceError(h().rawCall('guidance.save', { id, article: ARTICLE }, { idempotencyKey: `save-${index}` }), 'VALIDATION')
      }
      await expectServiceError(h().rawCall('guidance.save', { article: null }, { idempotencyKey: 'save-null' }), 'VALIDATION')
      await expectServiceError(h().rawCall('guidance.save', { article: [ARTICLE] }, { idempotencyKey: 'save-list' }), 'VALIDATION')
      await expectServiceError(h().rawCall('guidance.save', ARTICLE, { idempotencyKey: 'save-unwrapped' }), 'VALIDATION')
      expect(await mineOf(h())).toEqual(before)
    })

    it('takes favouriting as yes or no: a string or a number is refused, not read as “remove”', async () => {
      await h().signInAs('u-parent')
      for (const [index, on] of ['false', 'true', 1, 0, null].entries()) {
        const error = await expectServiceError(h().rawCall('guidance.favourite', { id: 'art-c14', on }, { idempotencyKey: `fav-${index}` }), 'VALIDATION')
        expect(error.fieldErrors?.on).toBe('是否收藏应为是或否')
      }
      await expectServiceError(h().rawCall('guidance.favourite', { id: 'art-c14' }, { idempotencyKey: 'fav-missing' }), 'VALIDATION')
      expect((await h().call('guidance.favourites')).map((article) => article.id)).toEqual(['art-c14', 'art-p12'])
    })

    it('keeps the publishing rules: a parent may not publish, another instructor may not take down', async () => {
      await h().signInAs('u-parent')
      await expectServiceError(h().call('guidance.publish', { id: 'art-d01' }, { idempotencyKey: 'parent' }), 'FORBIDDEN')
      await h().signInAs('u-instructor-2')
      await expectServiceError(h().call('guidance.publish', { id: 'art-d01' }, { idempotencyKey: 'other' }), 'FORBIDDEN')
      await expectServiceError(h().call('guidance.unpublish', { id: 'art-c01' }, { idempotencyKey: 'other-2' }), 'FORBIDDEN')
      await h().signInAs('u-instructor')
      const refused = await expectServiceError(h().call('guidance.publish', { id: 'art-d01' }, { idempotencyKey: 'incomplete' }), 'VALIDATION')
      expect(refused.fieldErrors).toMatchObject({ summary: '摘要至少10个字' })
      expect((await h().call('guidance.editable', { id: 'art-d01' })).status).toBe('draft')
    })
  })
})
