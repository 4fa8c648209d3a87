import type { IncomingMessage } from 'http'

/** The contract's limit for one request body; the app shows a bigger one as 内容太大. */
export const MAX_BODY_BYTES = 1_000_000
/** Past this the upload is cut off rather than drained (nobody legitimate sends that much). */
const DRAIN_LIMIT_BYTES = 16_000_000

export type BodyRead = { ok: true; text: string } | { ok: false; reason: 'too-large' | 'aborted' }

/**
 * Reads a request body up to MAX_BODY_BYTES. A larger body is drained (not buffered) so the
 * answer — 413 — reaches a client that is still sending: cutting the connection would reach it
 * as a network failure instead.
 */
export function readBody(req: IncomingMessage): Promise<BodyRead> {
  return new Promise((resolve) => {
    let size = 0
    let tooLarge = false
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > DRAIN_LIMIT_BYTES) {
        req.destroy()
        resolve({ ok: false, reason: 'too-large' })
        return
      }
      if (size > MAX_BODY_BYTES) tooLarge = true
      if (!tooLarge) chunks.push(chunk)
    })
    req.on('end', () => resolve(tooLarge ? { ok: false, reason: 'too-large' } : { ok: true, text: Buffer.concat(chunks).toString('utf8') }))
    req.on('error', () => resolve({ ok: false, reason: 'aborted' }))
  })
}
