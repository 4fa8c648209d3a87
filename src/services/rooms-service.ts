import type { SessionInput } from '../domain/booking'
import type {
  BookInput,
  BookingDto,
  InstructorSession,
  RoomDto,
  RoomMessageDto,
  RoomSchedule,
  RoomSummary,
  RosterEntry,
  SessionDto,
  SessionNotice,
} from './rooms-api'
import type { Transport } from './transport'
import type { Done } from './types'

export interface RoomsService {
  list(): Promise<RoomSummary[]>
  room(id: string): Promise<RoomDto>
  session(id: string): Promise<SessionDto>
  book(input: BookInput, idempotencyKey: string): Promise<BookingDto>
  joinWaitlist(input: BookInput, idempotencyKey: string): Promise<BookingDto>
  cancel(bookingId: string, idempotencyKey: string): Promise<BookingDto>
  myBookings(): Promise<BookingDto[]>
  messages(): Promise<RoomMessageDto[]>
  readMessages(): Promise<Done>
  mySessions(): Promise<InstructorSession[]>
  roster(sessionId: string): Promise<{ session: InstructorSession; entries: RosterEntry[] }>
  checkIn(sessionId: string, code: string, idempotencyKey: string): Promise<RosterEntry>
  markNoShows(sessionId: string, idempotencyKey: string): Promise<{ marked: number }>
  saveSession(roomId: string, session: SessionInput, idempotencyKey: string, id?: string): Promise<SessionNotice>
  schedule(roomId: string): Promise<RoomSchedule>
  cancelSession(sessionId: string, reason: string, idempotencyKey: string): Promise<SessionNotice>
  answerChange(bookingId: string, keep: boolean, idempotencyKey: string): Promise<BookingDto>
}

export function createRoomsService(transport: Transport): RoomsService {
  return {
    list: () => transport.call('rooms.list'),
    room: (id) => transport.call('rooms.room', { id }),
    session: (id) => transport.call('rooms.session', { id }),
    book: (input, idempotencyKey) => transport.call('rooms.book', input, { idempotencyKey }),
    joinWaitlist: (input, idempotencyKey) => transport.call('rooms.joinWaitlist', input, { idempotencyKey }),
    cancel: (bookingId, idempotencyKey) => transport.call('rooms.cancel', { bookingId }, { idempotencyKey }),
    myBookings: () => transport.call('rooms.myBookings'),
    messages: () => transport.call('rooms.messages'),
    readMessages: () => transport.call('rooms.readMessages'),
    mySessions: () => transport.call('rooms.mySessions'),
    roster: (sessionId) => transport.call('rooms.roster', { sessionId }),
    checkIn: (sessionId, code, idempotencyKey) => transport.call('rooms.checkIn', { sessionId, code }, { idempotencyKey }),
    markNoShows: (sessionId, idempotencyKey) => transport.call('rooms.markNoShows', { sessionId }, { idempotencyKey }),
    saveSession: (roomId, session, idempotencyKey, id) =>
      transport.call('rooms.saveSession', id ? { id, roomId, session } : { roomId, session }, { idempotencyKey }),
    schedule: (roomId) => transport.call('rooms.schedule', { roomId }),
    cancelSession: (sessionId, reason, idempotencyKey) => transport.call('rooms.cancelSession', { sessionId, reason }, { idempotencyKey }),
    answerChange: (bookingId, keep, idempotencyKey) => transport.call('rooms.answerChange', { bookingId, keep }, { idempotencyKey }),
  }
}
