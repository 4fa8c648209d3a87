import {
  birthDateError,
  contactPhoneError,
  earliestLmp,
  lmpError,
  maskPhone,
  maskResidentId,
  mobileError,
  normaliseContactPhone,
  normaliseResidentId,
  personNameError,
  residentIdError,
} from '@/domain/validation'

const TODAY = '2026-11-24'

describe('resident ID (GB 11643)', () => {
  it('accepts the standard’s worked example', () => {
    expect(residentIdError('11010519491231002X', TODAY)).toBeNull()
  })

  it('accepts a lowercase x and spaces, and normalises them', () => {
    expect(residentIdError('110105 19491231 002x', TODAY)).toBeNull()
    expect(normaliseResidentId('110105 19491231 002x')).toBe('11010519491231002X')
  })

  it('rejects a wrong check digit', () => {
    expect(residentIdError('110105194912310021', TODAY)).toBe('身份证号码校验位不正确，请核对后重新输入')
  })

  it.each([
    ['', '请输入身份证号码'],
    ['11010519491231002', '身份证号码应为18位'],
    ['1101051949123100222', '身份证号码应为18位'],
    ['11010519491231A02X', '身份证号码前17位应为数字，最后一位为数字或X'],
    ['01010519491231002X', '身份证号码的地区码不正确'],
    ['110105194902300025', '身份证号码中的出生日期不正确'],
    ['110105189912310021', '身份证号码中的出生日期不正确'],
  ])('explains what is wrong with %s', (id, message) => {
    expect(residentIdError(id, TODAY)).toBe(message)
  })

  it('rejects a birth date after today, and accepts one born today', () => {
    const bornTomorrow = '11010520261125001'
    const bornToday = '11010520261124001'
    const withCheck = (first17: string) => {
      const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
      const sum = weights.reduce((acc, w, i) => acc + w * Number(first17[i]), 0)
      return first17 + '10X98765432'[sum % 11]
    }
    expect(residentIdError(withCheck(bornTomorrow), TODAY)).toBe('身份证号码中的出生日期晚于今天')
    expect(residentIdError(withCheck(bornToday), TODAY)).toBeNull()
  })

  it('masks all but the area code and the last four', () => {
    expect(maskResidentId('11010519491231002x')).toBe('110105********002X')
  })
})

describe('mobile phone', () => {
  it.each(['13812345678', '19912345678', '138 1234 5678', '138-1234-5678'])('accepts %s', (phone) => {
    expect(mobileError(phone)).toBeNull()
  })

  it.each([
    ['', '请输入手机号码'],
    ['1381234567', '手机号码应为11位'],
    ['138123456789', '手机号码应为11位'],
    ['12812345678', '手机号码应以13至19开头'],
    ['23812345678', '手机号码应以13至19开头'],
    ['1381234567a', '手机号码只能包含数字'],
  ])('rejects %s', (phone, message) => {
    expect(mobileError(phone)).toBe(message)
  })

  it('masks the middle four digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678')
    expect(maskPhone('138 1234 5678')).toBe('138****5678')
  })
})

describe('contact phone (mobile or landline)', () => {
  it.each([
    '0571-88912345',
    '057188912345',
    '0571 8891 2345',
    '(0571)88912345',
    '（0571）88912345',
    '０５７１－８８９１２３４５',
    '010-88912345',
    '01088912345',
    '021-6888123',
    '0571-88912345-801',
    '0571-88912345转801',
    '0571-88912345#801',
    '13812345678',
    '138-1234-5678',
  ])('accepts %s', (phone) => {
    expect(contactPhoneError(phone)).toBeNull()
  })

  it.each([
    ['', '请输入联系电话'],
    ['   ', '请输入联系电话'],
    ['88912345', '固定电话请加上区号，如 0571-88912345'],
    ['0011-88912345', '区号不正确，请核对（杭州为0571）'],
    ['0571-889123', '固定电话应为区号加7至8位号码，如 0571-88912345'],
    ['0571-889123456', '固定电话应为区号加7至8位号码，如 0571-88912345'],
    ['0571-18891234', '固定电话应为区号加7至8位号码，如 0571-88912345'],
    ['0571-88912345-', '固定电话应为区号加7至8位号码，如 0571-88912345'],
    ['0571-8891234a', '电话号码只能包含数字，分机号用“-”或“转”隔开'],
    // Mobiles keep mobileError's messages.
    ['1360581', '手机号码应为11位'],
    ['12812345678', '手机号码应以13至19开头'],
  ])('rejects %s', (phone, message) => {
    expect(contactPhoneError(phone)).toBe(message)
  })

  it('reads 010 and 02x as three-digit area codes, the others as four', () => {
    expect(normaliseContactPhone('01088912345')).toBe('010-88912345')
    expect(normaliseContactPhone('02168881234')).toBe('021-68881234')
    expect(normaliseContactPhone('057188912345')).toBe('0571-88912345')
  })

  it('keeps a valid number in one form: landline 区号-号码(-分机), mobile 11 digits', () => {
    expect(normaliseContactPhone('（0571） 8891 2345')).toBe('0571-88912345')
    expect(normaliseContactPhone('0571-88912345转801')).toBe('0571-88912345-801')
    expect(normaliseContactPhone('138 1234 5678')).toBe('13812345678')
    // Something invalid is left for the validator to name, not changed into something else.
    expect(normaliseContactPhone('88912345')).toBe('88912345')
  })

  it('masks a landline but for its area code and last four, extension dropped', () => {
    expect(maskPhone('0571-88912345')).toBe('0571-****2345')
    expect(maskPhone('010-88912345-801')).toBe('010-****2345')
    expect(maskPhone('021-6888123')).toBe('021-****8123')
    expect(maskPhone('13812345678')).toBe('138****5678')
  })

  it('leaves the mobile-only check of the other forms as it was', () => {
    expect(mobileError('0571-88912345')).toBe('手机号码应为11位')
  })
})

describe('names and dates', () => {
  it('accepts Chinese names, 小名 and names with a middle dot', () => {
    expect(personNameError('乐乐')).toBeNull()
    expect(personNameError('阿依古丽·买买提')).toBeNull()
    expect(personNameError('  ')).toBe('请输入姓名')
    expect(personNameError('乐乐1')).toBe('姓名只能包含汉字、字母或“·”')
    expect(personNameError('一'.repeat(21), '孩子的名字')).toBe('孩子的名字不能超过20个字')
  })

  it('checks a child’s birth date', () => {
    expect(birthDateError('2026-11-24', TODAY)).toBeNull()
    expect(birthDateError('2026-11-25', TODAY)).toBe('出生日期不能晚于今天')
    expect(birthDateError('2026-02-30', TODAY)).toBe('出生日期格式不正确，应为年-月-日')
    expect(birthDateError('2026/11/01', TODAY)).toBe('出生日期格式不正确，应为年-月-日')
    expect(birthDateError('2019-01-01', TODAY)).toBe('这里只登记6岁以下的孩子')
    expect(birthDateError('', TODAY)).toBe('请选择出生日期')
  })

  it('checks the last menstrual period: not in the future, less than 42 weeks ago', () => {
    expect(lmpError('2026-11-24', TODAY)).toBeNull()
    expect(lmpError('2026-11-25', TODAY)).toBe('末次月经日期不能晚于今天')
    // From 42+0 weeks a pregnancy has ended (the app asks how): a new LMP must be at most 41+6 ago.
    expect(lmpError('2026-02-04', TODAY)).toBeNull() // 41 weeks + 6 days ago
    expect(lmpError('2026-02-03', TODAY)).toBe('末次月经日期距今已满42周，请核对') // exactly 42 weeks ago
    expect(lmpError('2026-02-02', TODAY)).toBe('末次月经日期距今已满42周，请核对')
    expect(earliestLmp(TODAY)).toBe('2026-02-04')
    expect(lmpError('not-a-date', TODAY)).toBe('日期格式不正确，应为年-月-日')
  })
})
