import { describe, expect, it } from 'vitest'
import { clientAddress, createProxyTrust, requestIsHttps } from '../../../src/http/client-address'

const loopbackProxy = createProxyTrust(['127.0.0.1/8', '::1'])
const twoProxies = createProxyTrust(['10.0.0.0/8'])
const none = createProxyTrust([])

describe('the client address behind reverse proxies', () => {
  it('should ignore X-Forwarded-For from a client that is not a trusted proxy', () => {
    expect(clientAddress('1.2.3.4', '203.0.113.9', loopbackProxy)).toBe('203.0.113.9')
    expect(clientAddress('1.2.3.4', '127.0.0.1', none)).toBe('127.0.0.1')
  })

  it('should take the address the trusted proxy appended, whatever the client wrote before it', () => {
    expect(clientAddress('6.6.6.6, 203.0.113.9', '127.0.0.1', loopbackProxy)).toBe('203.0.113.9')
    expect(clientAddress('203.0.113.9', '::ffff:127.0.0.1', loopbackProxy)).toBe('203.0.113.9')
    expect(clientAddress('2001:db8::7', '::1', loopbackProxy)).toBe('2001:db8::7')
  })

  it('should skip every proxy of ours in a chain (a load balancer, then nginx)', () => {
    expect(clientAddress('6.6.6.6, 198.51.100.4, 10.0.0.2', '10.0.0.3', twoProxies)).toBe('198.51.100.4')
  })

  it('should fall back to the proxy itself when it forwarded nothing usable', () => {
    expect(clientAddress(null, '127.0.0.1', loopbackProxy)).toBe('127.0.0.1')
    expect(clientAddress('not-an-address', '127.0.0.1', loopbackProxy)).toBe('127.0.0.1')
  })

  it('should believe X-Forwarded-Proto only from a trusted proxy', () => {
    const url = new URL('http://localhost:4321/')
    expect(requestIsHttps(url, 'https', '127.0.0.1', loopbackProxy)).toBe(true)
    expect(requestIsHttps(url, 'https', '203.0.113.9', loopbackProxy)).toBe(false)
    expect(requestIsHttps(url, 'http', '127.0.0.1', loopbackProxy)).toBe(false)
    expect(requestIsHttps(new URL('https://x/'), null, undefined, none)).toBe(true)
  })
})
