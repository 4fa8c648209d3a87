import { emptyBirth, newbornFieldErrors, newbornsFromDraft, readBirthDraft } from '@/features/account/model/family-form'

describe('the 宝宝出生了 form', () => {
  test('every baby takes the one birth date', () => {
    const draft = {
      birthDate: ' 2026-11-20 ',
      babies: [
        { key: 'a', name: ' 安安 ', gender: 'male' as const },
        { key: 'b', name: '平平', gender: 'female' as const },
      ],
    }
    expect(newbornsFromDraft(draft)).toEqual([
      { name: '安安', birthDate: '2026-11-20', gender: 'male' },
      { name: '平平', birthDate: '2026-11-20', gender: 'female' },
    ])
  })

  test('the backend’s keys are shown at the form’s fields; any baby’s date error at the one date field', () => {
    expect(
      newbornFieldErrors({
        children: '最多登记6个孩子',
        'children.0.name': '请输入孩子的名字',
        'children.1.gender': '请选择性别',
        'children.1.birthDate': '一起出生的宝宝出生日期应相同（第1个宝宝是 2026-11-20）',
        outcome: '请选择宝宝是否已经出生',
      }),
    ).toEqual({
      babies: '最多登记6个孩子',
      '0.name': '请输入孩子的名字',
      '1.gender': '请选择性别',
      birthDate: '一起出生的宝宝出生日期应相同（第1个宝宝是 2026-11-20）',
    })
    // The first baby's date error wins when several are named.
    expect(newbornFieldErrors({ 'children.0.birthDate': '出生日期不能晚于今天', 'children.1.birthDate': '其他' })).toEqual({ birthDate: '出生日期不能晚于今天' })
  })

  test('a stored draft of one baby (before twins) opens as that baby; anything unreadable as an empty form', () => {
    const old = readBirthDraft({ name: '安安', birthDate: '2026-11-20', gender: 'male' })
    expect(old).toEqual({ birthDate: '2026-11-20', babies: [{ key: expect.any(String), name: '安安', gender: 'male' }] })
    const twins = { birthDate: '2026-11-20', babies: [{ key: 'a', name: '安安', gender: 'male' }, { key: 'b', name: '', gender: '' }] }
    expect(readBirthDraft(twins)).toEqual(twins)
    expect(readBirthDraft({ birthDate: '2026-11-20', babies: [{ key: 'a', name: 3, gender: 'boy' }] })).toEqual({
      birthDate: '2026-11-20',
      babies: [{ key: 'a', name: '', gender: '' }],
    })
    for (const junk of [null, 'text', 7]) expect(readBirthDraft(junk)).toEqual({ ...emptyBirth(), babies: [{ key: expect.any(String), name: '', gender: '' }] })
    expect(readBirthDraft({ birthDate: '', babies: [] }).babies).toHaveLength(1)
  })
})
