import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { withRequestContext } from '../../../../http/with-request-id'

// Each handler runs inside the request's id (cms/http/with-request-id.ts), for the logs.
export const GET = withRequestContext(REST_GET(config))
export const POST = withRequestContext(REST_POST(config))
export const DELETE = withRequestContext(REST_DELETE(config))
export const PATCH = withRequestContext(REST_PATCH(config))
export const PUT = withRequestContext(REST_PUT(config))
export const OPTIONS = withRequestContext(REST_OPTIONS(config))
