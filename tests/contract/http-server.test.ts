import { request } from 'http'
import { startMockServer, type MockServer } from '../../mock/http/server'
import { createHttpTransport } from '@/services/http-transport'
import { untyped } from '@/services/transport'
import { expectServiceError } from '../support/expect-error'

/** One raw HTTP exchange, as any client on the network could send it. */
function send(server: MockServer, path: string, init: { method?: string; body?: string; type?: string | null; token?: string } = {}) {
  const url = new URL(server.url)
  return new Promise<{ status: number; body: { ok: boolean; error?: { code: string; message: string }; data?: unknown } }>((resolve, reject) => {
    const headers: Record<string, string> = {}
    if (init.type !== null) headers['content-type'] = init.type ?? 'application/json'
    if (init.token) headers.authorization = `Bearer ${init.token}`
    const req = request({ host: url.hostname, port: url.port, path, method: init.method ?? 'POST', headers }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as never }))
    })
    req.on('error', reject)
    req.end(init.body)
  })
}

const identities = (server: MockServer) => send(server, '/api/rpc/auth.identities', { body: '{"payload":null}' })

describe('the mock HTTP server never dies from a request', () => {
  let server: MockServer
  beforeEach(async () => {
    server = await startMockServer()
  })
  afterEach(() => server.close())

  it.each([
    ['a body that is the JSON literal null', '/api/rpc/auth.identities', { body: 'null' }, 400, 'VALIDATION'],
    ['a body that is an array', '/api/rpc/auth.signIn', { body: '[1,2]' }, 400, 'VALIDATION'],
    ['a body that is a string', '/api/rpc/auth.signIn', { body: '"u-parent"' }, 400, 'VALIDATION'],
    ['a body that is not JSON', '/api/rpc/auth.signIn', { body: '{"payload":' }, 400, 'VALIDATION'],
    ['a malformed percent-escape in the method', '/api/rpc/%', { body: '{}' }, 404, 'NOT_FOUND'],
    ['a method that is not a name', '/api/rpc/..%2F..%2Fetc', { body: '{}' }, 404, 'NOT_FOUND'],
    ['an unknown method', '/api/rpc/auth.deleteEverything', { body: '{}' }, 404, 'NOT_FOUND'],
    ['a form body instead of JSON', '/api/rpc/auth.signIn', { body: 'identityId=u-parent', type: 'application/x-www-form-urlencoded' }, 415, 'VALIDATION'],
    ['no content type', '/api/rpc/auth.signIn', { body: '{}', type: null }, 415, 'VALIDATION'],
    ['a body over 1 MB', '/api/rpc/auth.signIn', { body: JSON.stringify({ payload: { identityId: 'x'.repeat(1_100_000) } }) }, 413, 'TOO_LARGE'],
    ['a GET', '/api/rpc/auth.identities', { method: 'GET' }, 405, 'NOT_FOUND'],
  ] as const)('%s: a JSON error with a Chinese message, then a normal call succeeds', async (_name, path, init, status, code) => {
    const answer = await send(server, path, init)
    expect(answer.status).toBe(status)
    expect(answer.body).toMatchObject({ ok: false, error: { code } })
    expect(answer.body.error!.message).toMatch(/[\u4e00-\u9fa5]/)
    const normal = await identities(server)
    expect(normal.status).toBe(200)
    expect(normal.body.ok).toBe(true)
  })

  it('413 reaches the app as 内容太大 (not a network failure)', async () => {
    const call = untyped(createHttpTransport(server.url))
    const error = await expectServiceError(call('auth.signIn', { identityId: '长'.repeat(400_000) }), 'TOO_LARGE')
    expect(error.message).toContain('内容太大')
  })

  it('a handler that throws answers INTERNAL and the server lives on', async () => {
    jest.spyOn(server.backend, 'handle').mockRejectedValueOnce(new Error('boom'))
    const answer = await identities(server)
    expect(answer).toMatchObject({ status: 500, body: { ok: false, error: { code: 'INTERNAL' } } })
    expect((await identities(server)).status).toBe(200)
  })
})

describe('demo controls on a shared server', () => {
  it('demo.reset and centres.useDataset are refused unless the server was started with them', async () => {
    const server = await startMockServer()
    try {
      const signIn = await send(server, '/api/rpc/auth.signIn', { body: JSON.stringify({ payload: { identityId: 'u-instructor' } }) })
      const token = (signIn.body.data as { token: string }).token
      const reset = await send(server, '/api/rpc/demo.reset', { body: '{"payload":null}', token })
      expect(reset).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } })
      const dataset = await send(server, '/api/rpc/centres.useDataset', { body: JSON.stringify({ payload: { size: 5000 } }), token })
      expect(dataset).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } })
    } finally {
      await server.close()
    }
    const open = await startMockServer({ demoControls: true })
    try {
      const signIn = await send(open, '/api/rpc/auth.signIn', { body: JSON.stringify({ payload: { identityId: 'u-instructor' } }) })
      const token = (signIn.body.data as { token: string }).token
      expect((await send(open, '/api/rpc/demo.reset', { body: '{"payload":null}', token })).status).toBe(200)
    } finally {
      await open.close()
    }
  })
})
