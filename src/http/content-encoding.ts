/**
 * Request bodies are never decompressed: a compressed body is how a small request becomes a large
 * one (a decompression bomb), and the pinned Node still has a Brotli decoder flaw (CVE-2026-111497,
 * see README "Dependency advisories"). No client of ours compresses what it sends, so any request
 * that says its body has a Content-Encoding (other than "identity") is refused with 415 and
 * `Accept-Encoding: identity` (RFC 7694), on the site and on the CMS alike.
 */
const MESSAGE = {
  vi: 'Máy chủ không nhận nội dung đã nén; hãy gửi lại không nén (bỏ Content-Encoding).',
  en: 'Compressed request bodies are not accepted; send it again uncompressed (without Content-Encoding).',
}

export function hasEncodedBody(headers: Headers): boolean {
  const encoding = headers.get('content-encoding')?.trim().toLowerCase()
  return encoding !== undefined && encoding !== '' && encoding !== 'identity'
}

/** The 415 answer for a request with an encoded body, or undefined when the request is fine. */
export function refuseEncodedBody(request: Request): Response | undefined {
  if (!hasEncodedBody(request.headers)) return undefined
  return Response.json(
    { error: 'unsupported-content-encoding', message: `${MESSAGE.vi} / ${MESSAGE.en}`, messages: MESSAGE },
    { status: 415, headers: { 'Accept-Encoding': 'identity', 'Cache-Control': 'no-store' } },
  )
}
