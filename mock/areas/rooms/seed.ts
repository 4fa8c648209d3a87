import { isActive, minutesOf, weekdayOf } from '@/domain/booking'
import { addDays, addMonths, chinaMidnight, compareIso } from '@/domain/dates'
import type { SeedContext } from '../../core/area'
import { ACTIVITIES, OTHER_FAMILIES, ROOM_SEEDS, type ActivitySeed } from './fixtures/rooms'
import { codeForSession } from './check-in-codes'
import { addBooking, bookingsOf } from './indexes'
import type { BookingRecord, RoomsState, SessionRecord } from './state'

const DAYS_BACK = 7
const DAYS_AHEAD = 14

const time = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

function session(roomId: string, date: string, start: string, activity: ActivitySeed, id: string): SessionRecord {
  return {
    id,
    roomId,
    date,
    start,
    end: time(minutesOf(start) + activity.minutes),
    activity: activity.activity,
    ageMin: activity.ageMin,
    ageMax: activity.ageMax,
    capacity: activity.capacity,
  }
}

/**
 * A week of past sessions and two weeks ahead, two a day per open day, with other families'
 * bookings filling them to varied levels. Deterministic for a given seed day, but for the
 * check-in codes, which are drawn at random as every booking's are.
 */
export function seedRooms({ today, now }: SeedContext): RoomsState {
  const state: RoomsState = { sessions: {}, bookings: {}, messages: {}, seq: 0 }
  ROOM_SEEDS.forEach((room, roomIndex) => {
    for (let offset = -DAYS_BACK; offset <= DAYS_AHEAD; offset += 1) {
      const date = addDays(today, offset)
      if (!room.hours.days.includes(weekdayOf(date))) continue
      const morning = ACTIVITIES[(roomIndex * 3 + offset + 70) % ACTIVITIES.length]
      const afternoon = ACTIVITIES[(roomIndex * 5 + offset * 2 + 71) % ACTIVITIES.length]
      const am = session(room.id, date, time(minutesOf(room.hours.open) + 30), morning, `ss-${room.id.slice(5)}-${date}-am`)
      const pm = session(room.id, date, '14:30', afternoon, `ss-${room.id.slice(5)}-${date}-pm`)
      state.sessions[am.id] = am
      if (minutesOf(pm.end) <= minutesOf(room.hours.close)) state.sessions[pm.id] = pm
    }
  })

  // 翠苑's first morning session after today: 亲子绘本共读 with one place left (the demo's
  // "last place"), for children 12–36 months like 乐乐 and 豆豆.
  const firstAhead = Object.values(state.sessions)
    .filter((s) => s.roomId === 'room-cuiyuan' && s.date > today && s.id.endsWith('-am'))
    .sort((a, b) => compareIso(a.date, b.date))[0]
  if (firstAhead) Object.assign(firstAhead, { activity: '亲子绘本共读', ageMin: 12, ageMax: 36, capacity: 8, end: time(minutesOf(firstAhead.start) + 60) })

  const book = (s: SessionRecord, userId: string, child: { id: string; name: string; birthDate: string }, phone: string, status: BookingRecord['status'], sessionMidnight = chinaMidnight(s.date)) => {
    const seq = ++state.seq
    const at = new Date(Math.min(now, sessionMidnight) - (10 - (seq % 10)) * 3_600_000).toISOString()
    addBooking(state, {
      id: `bk-${seq}`,
      sessionId: s.id,
      userId,
      childId: child.id,
      childName: child.name,
      childBirthDate: child.birthDate,
      carers: 1 + (seq % 2),
      phone,
      status,
      code: status === 'waitlisted' ? null : codeForSession(bookingsOf(state, s.id)),
      seq,
      createdAt: at,
      updatedAt: at,
    })
  }

  // Computed once, not per session and family: the seed runs on a phone's first tap of 亲子小屋.
  const todayMidnight = chinaMidnight(today)
  const birthDates = OTHER_FAMILIES.map((family) => addMonths(today, -family.months))
  Object.values(state.sessions).forEach((s, index) => {
    const past = s.date < today
    const target = s === firstAhead ? s.capacity - 1 : [2, Math.ceil(s.capacity / 2), s.capacity - 1, s.capacity][index % 4]
    const sessionMidnight = chinaMidnight(s.date)
    const monthsAhead = Math.floor((sessionMidnight - todayMidnight) / (30 * 86_400_000))
    let placed = 0
    OTHER_FAMILIES.forEach((family, familyIndex) => {
      const months = family.months + monthsAhead
      if (placed >= target || months < s.ageMin || months > s.ageMax) return
      const status = past ? (familyIndex % 5 === 0 ? 'no-show' : 'checked-in') : 'booked'
      book(s, `f-${familyIndex + 1}`, { id: `fc-${familyIndex + 1}`, name: family.child, birthDate: birthDates[familyIndex] }, family.phone, status, sessionMidnight)
      placed += 1
    })
    // A "full" session keeps its size down to the families who fit its ages, so it is full.
    if (s !== firstAhead && index % 4 === 3 && placed >= 4) s.capacity = placed
  })

  // 林晓雯 went to a session last week and has one coming up at 文新.
  const lele = { id: 'child-1', name: '乐乐', birthDate: addDays(addMonths(today, -14), -6) }
  const fits = (s: SessionRecord) => s.ageMin <= 14 && s.ageMax >= 14
  const pastOne = Object.values(state.sessions).find((s) => s.roomId === 'room-cuiyuan' && s.date < today && fits(s))
  const nextOne = Object.values(state.sessions)
    .filter((s) => s.roomId === 'room-wenxin' && s.date > addDays(today, 2) && fits(s))
    .find((s) => bookingsOf(state, s.id).filter((b) => isActive(b.status)).length < s.capacity)
  if (pastOne) book(pastOne, 'u-parent', lele, '13857161234', 'checked-in')
  if (nextOne) book(nextOne, 'u-parent', lele, '13857161234', 'booked')
  return state
}
