/**
 * A child process serving POST /api/enquiries with the endpoint's own handler, for the "process
 * killed in the middle of a request" fault test. With --kill-at it SIGKILLs itself at that point
 * of the first request: `beforeCommit` (the enquiry and its job written, not committed) or
 * `afterCommit` (committed, the buyer not yet answered). Prints "READY <port>" when listening.
 *   tsx test/integration/helpers/enquiry-server.ts --db=/tmp/x.db --mail=/tmp/mail [--kill-at=afterCommit]
 */
import http from 'node:http'

const args = Object.fromEntries(process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=') as [string, string]))
// Test scaffolding: the child configures itself like bootPayload does, before the config loads.
process.env.DATABASE_URL = `file:${args.db}`
process.env.MAIL_DIR = args.mail
const killAt = args['kill-at']

const { getPayload } = await import('payload')
const { default: config } = await import('../../../cms/payload.config')
const { handleEnquiryRequest, jsonResponse } = await import('../../../cms/enquiries/handle-enquiry-request')
const { createEnquiryRateLimits } = await import('../../../src/enquiries/http/rate-limits')

const payload = await getPayload({ config })
const die = () => {
  process.kill(process.pid, 'SIGKILL')
}
const hooks = killAt === 'beforeCommit' ? { beforeCommit: die } : killAt === 'afterCommit' ? { afterCommit: die } : undefined
const limits = createEnquiryRateLimits({ perIp: 1000, perEmail: 1000, windowSeconds: 3600 })

const server = http.createServer(async (req, res) => {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value)
  const request = new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers, body: Buffer.concat(chunks) })
  const handled = await handleEnquiryRequest(request, req.socket.remoteAddress, {
    payload: async () => payload,
    limits,
    settings: { maxBodyBytes: 64 * 1024, responseWorkingDays: 3, allowedOrigins: [], trustProxy: false },
    hooks,
  })
  const response = jsonResponse(handled.outcome)
  res.writeHead(response.status, Object.fromEntries(response.headers))
  res.end(await response.text())
})
server.listen(0, '127.0.0.1', () => {
  console.log(`READY ${(server.address() as { port: number }).port}`)
})
