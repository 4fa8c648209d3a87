import { holdsSensitiveData, personalLines, validateFamilyProfile, MAX_CHILDREN } from '@/domain/family'

const TODAY = '2026-11-24'

describe('family profile', () => {
  it('shows the pregnancy week first, then each child’s age', () => {
    const lines = personalLines(
      {
        pregnancy: { lmp: '2026-07-04' },
        children: [{ id: 'c1', name: '乐乐', birthDate: '2025-09-18', gender: 'female' }],
      },
      TODAY,
    )
    expect(lines).toEqual([
      { kind: 'pregnancy', title: '孕20周+3天', detail: '孕中期 · 预产期 2027-04-10 · 还有137天' },
      { kind: 'child', title: '乐乐 1岁2个月', detail: '月龄 14 个月' },
    ])
  })

  it('says how long the due date has passed', () => {
    const [line] = personalLines({ pregnancy: { lmp: '2026-02-13' }, children: [] }, TODAY)
    expect(line.detail).toBe('孕晚期 · 预产期 2026-11-20 · 已过预产期4天')
  })

  it('reports errors by field path so the form can show them in place', () => {
    const errors = validateFamilyProfile(
      {
        children: [
          { id: 'c1', name: '乐乐', birthDate: '2025-09-18', gender: 'female' },
          { id: 'c2', name: '', birthDate: '2026-13-01', gender: 'male' },
        ],
        pregnancy: { lmp: '2025-01-01' },
      },
      TODAY,
    )
    expect(errors).toEqual({
      'children.1.name': '请输入孩子的名字',
      'children.1.birthDate': '出生日期格式不正确，应为年-月-日',
      'pregnancy.lmp': '末次月经日期距今已满42周，请核对',
    })
  })

  it('limits the number of children', () => {
    const child = { id: 'c', name: '乐乐', birthDate: '2025-09-18', gender: 'female' as const }
    const errors = validateFamilyProfile({ children: Array(MAX_CHILDREN + 1).fill(child), pregnancy: null }, TODAY)
    expect(errors.children).toBe(`最多登记${MAX_CHILDREN}个孩子`)
  })

  it('knows when a profile holds sensitive data', () => {
    expect(holdsSensitiveData({ children: [], pregnancy: null })).toBe(false)
    expect(holdsSensitiveData({ children: [], pregnancy: { lmp: '2026-07-04' } })).toBe(true)
  })
})
