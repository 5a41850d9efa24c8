/**
 * No compressed request body is ever decompressed (issue 9, dependencies: the pinned Node's Brotli
 * decoder flaw, and decompression bombs): the site and the CMS refuse a body with a
 * Content-Encoding with 415, in both languages, before anything reads it.
 */
import { gzipSync } from 'node:zlib'
import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'
import { proxy } from '../../../cms/proxy'
import { onRequest } from '../../../site/middleware'

const compressed = (url: string, encoding = 'gzip') =>
  new Request(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Encoding': encoding }, body: gzipSync('{"email":"a@b.vn"}') })

const expectRefusal = async (response: Response | undefined) => {
  expect(response?.status).toBe(415)
  expect(response?.headers.get('Accept-Encoding')).toBe('identity')
  const body = (await response?.json()) as { message: string }
  expect(body.message).toMatch(/nén.*compressed/is)
}

describe('a request body with a Content-Encoding', () => {
  it('should be refused by the CMS (REST API and the admin) with 415', async () => {
    for (const path of ['/api/users/login', '/api/enquiries', '/admin/login']) {
      await expectRefusal((await proxy(new NextRequest(compressed(`http://localhost:3000${path}`)))) as Response)
    }
    await expectRefusal((await proxy(new NextRequest(compressed('http://localhost:3000/api/media', 'br')))) as Response)
  })

  it('should be refused by the site with 415', async () => {
    const request = compressed('http://localhost:4321/api/enquiries', 'deflate')
    const context = { request, url: new URL(request.url), clientAddress: '127.0.0.1', locals: {}, routePattern: '/api/enquiries' }
    let reached = false
    const next = async () => {
      reached = true
      return new Response('{}', { status: 201 })
    }
    await expectRefusal((await onRequest(context as never, next as never)) as Response)
    expect(reached).toBe(false)
  })

  it('should let plain and identity-encoded bodies through', async () => {
    const plain = new NextRequest('http://localhost:3000/api/users/login', { method: 'POST', headers: { 'Content-Encoding': 'identity' }, body: '{}' })
    expect(((await proxy(plain)) as Response).status).not.toBe(415)
  })
})
