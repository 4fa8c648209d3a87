import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { CONTENT_TYPES } from '../../../scripts/lib/phone-browser.cjs'

export interface StaticServer {
  url: string
  close(): Promise<void>
}

/** Serves the H5 production build on 127.0.0.1 (hash routing, so every miss is index.html). */
export async function serveStatic(root: string): Promise<StaticServer> {
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(`No H5 build in ${path.relative(process.cwd(), root)}: run npm run build:h5:e2e first`)
  }
  const server: Server = createServer((request, response) => {
    const urlPath = decodeURIComponent((request.url ?? '/').split('?')[0])
    let file = path.join(root, path.normalize(urlPath))
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) file = path.join(root, 'index.html')
    response.writeHead(200, { 'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
