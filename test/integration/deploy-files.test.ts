/**
 * The deployment files under deploy/ are checked with the tools that will read them, where this
 * machine has them: nginx -t for both nginx sites, systemd-analyze verify for the units (each with a
 * broken twin, so the check is seen to fail). The compose file cannot be run here (no container
 * engine); its settings are held against src/config/env.ts and its env.example instead.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { afterAll, describe, expect, it } from 'vitest'
import { SETTING_NAMES } from '../../src/config/env'

const root = path.resolve(import.meta.dirname, '../..')
const work = mkdtempSync(path.join(tmpdir(), 'tieubieu-deploy-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const has = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0

/** nginx -t on a site file inside a minimal nginx.conf, with paths moved into a temporary folder. */
function nginxTest(site: string): { ok: boolean; output: string } {
  const dir = mkdtempSync(path.join(work, 'nginx-'))
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${dir}/privkey.pem`, '-out', `${dir}/fullchain.pem`, '-days', '1', '-subj', '/CN=test'],
    { stdio: 'ignore' },
  )
  const local = site
    .replace(/\/etc\/letsencrypt\/live\/[^/]+\//g, `${dir}/`)
    .replace(/\/etc\/nginx\/tls\//g, `${dir}/`)
    .replace('/var/cache/nginx/tieu-bieu', `${dir}/cache`)
    // The compose services' names resolve only inside Docker's network.
    .replace(/server (site|admin):(\d+);/g, 'server 127.0.0.1:$2;')
  writeFileSync(`${dir}/site.conf`, local)
  writeFileSync(
    `${dir}/nginx.conf`,
    `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n  access_log off;\n  client_body_temp_path ${dir}/tmp;\n  proxy_temp_path ${dir}/tmp;\n  include ${dir}/site.conf;\n}\n`,
  )
  const result = spawnSync('nginx', ['-t', '-c', `${dir}/nginx.conf`, '-p', dir], { encoding: 'utf8' })
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` }
}

describe('nginx sites', () => {
  const nginx = has('nginx', ['-v'])
  const files = ['deploy/nginx/tieu-bieu.conf', 'deploy/docker/nginx.conf']

  it.for(files)('%s should pass nginx -t', (file, context) => {
    if (!nginx) return context.skip('nginx is not installed (apt-get install nginx)')
    const result = nginxTest(readFileSync(path.join(root, file), 'utf8'))
    expect(result.output).toMatch(/test is successful/)
    expect(result.ok).toBe(true)
  })

  it('should fail nginx -t on a broken copy (the check can fail)', (context) => {
    if (!nginx) return context.skip('nginx is not installed')
    const broken = readFileSync(path.join(root, files[0] as string), 'utf8').replace('proxy_cache_lock on;', 'proxy_cache_lock maybe;')
    expect(nginxTest(broken).ok).toBe(false)
  })

  it('should pass the client, the scheme and a request id to both servers, and cache only public pages', () => {
    const site = readFileSync(path.join(root, files[0] as string), 'utf8')
    expect(site.match(/proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;/g)?.length).toBe(2)
    expect(site.match(/proxy_set_header X-Forwarded-Proto \$scheme;/g)?.length).toBe(2)
    expect(site.match(/proxy_set_header X-Request-Id \$request_id;/g)?.length).toBe(2)
    expect(site).toMatch(/location \/api\/ \{[^}]*proxy_cache off;/)
    expect(site).toMatch(/server_name admin\.[^;]+;[\s\S]*proxy_cache off;/)
  })
})

describe('systemd units', () => {
  const units = readdirSync(path.join(root, 'deploy/systemd'))
  const analyze = has('systemd-analyze', ['--version'])

  /** The units as installed: /opt/tieu-bieu is this checkout. */
  function verify(files: Record<string, string>): { ok: boolean; output: string } {
    const dir = mkdtempSync(path.join(work, 'units-'))
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text.replaceAll('/opt/tieu-bieu', root))
    const result = spawnSync('systemd-analyze', ['verify', '--man=no', ...Object.keys(files).map((name) => path.join(dir, name))], { encoding: 'utf8' })
    return { ok: result.status === 0 && !/Failed|not executable|Unknown/i.test(result.stderr), output: result.stderr }
  }

  it('should hold a unit per process, a backup service and its timer', () => {
    expect(units.sort()).toEqual(['tieu-bieu-admin.service', 'tieu-bieu-backup.service', 'tieu-bieu-backup.timer', 'tieu-bieu-site.service'])
  })

  it('should pass systemd-analyze verify', (context) => {
    if (!analyze) return context.skip('systemd-analyze is not installed')
    const result = verify(Object.fromEntries(units.map((unit) => [unit, readFileSync(path.join(root, 'deploy/systemd', unit), 'utf8')])))
    expect(result.output).toBe('')
    expect(result.ok).toBe(true)
  })

  it('should fail systemd-analyze verify on a broken unit (the check can fail)', (context) => {
    if (!analyze) return context.skip('systemd-analyze is not installed')
    const site = readFileSync(path.join(root, 'deploy/systemd/tieu-bieu-site.service'), 'utf8').replace(
      'ExecStart=/usr/bin/env',
      'ExecStart=/usr/bin/no-such-env',
    )
    expect(verify({ 'tieu-bieu-site.service': site }).ok).toBe(false)
  })

  it('should bind both servers to loopback behind nginx, and run the migrations before the admin', () => {
    const admin = readFileSync(path.join(root, 'deploy/systemd/tieu-bieu-admin.service'), 'utf8')
    const site = readFileSync(path.join(root, 'deploy/systemd/tieu-bieu-site.service'), 'utf8')
    expect(admin).toMatch(/--hostname 127\.0\.0\.1/)
    expect(site).toMatch(/HOST=127\.0\.0\.1/)
    expect(admin).toMatch(/ExecStartPre=.*scripts\/migrate\.ts/)
    expect(site).toMatch(/After=.*tieu-bieu-admin\.service/)
  })
})

describe('compose file', () => {
  // merge: Compose's YAML merge keys (<<: *app-env) are resolved as Compose does.
  const compose = parse(readFileSync(path.join(root, 'deploy/docker/compose.yaml'), 'utf8'), { merge: true }) as {
    services: Record<string, { environment?: Record<string, string>; command?: string[]; volumes?: string[]; depends_on?: Record<string, unknown> }>
    volumes: Record<string, unknown>
  }
  const example = readFileSync(path.join(root, 'deploy/docker/env.example'), 'utf8')

  it('should set only settings the application reads', () => {
    const ignored = new Set(['PORT'])
    for (const name of ['admin', 'site']) {
      const unknown = Object.keys(compose.services[name]?.environment ?? {}).filter((key) => !ignored.has(key) && !SETTING_NAMES.includes(key))
      expect(unknown, name).toEqual([])
    }
  })

  it('should ask for every required value in env.example', () => {
    const text = readFileSync(path.join(root, 'deploy/docker/compose.yaml'), 'utf8')
    const required = [...new Set([...text.matchAll(/\$\{([A-Z_]+):\?/g)].map((m) => m[1] as string))]
    expect(required.filter((name) => !new RegExp(`^${name}=`, 'm').test(example))).toEqual([])
  })

  it('should run MongoDB as a replica set named in DATABASE_URL, Meilisearch with its key, and the jobs in one process only', () => {
    expect(compose.services.mongo?.command).toEqual(expect.arrayContaining(['--replSet', 'rs0']))
    expect(compose.services.admin?.environment?.DATABASE_URL).toMatch(/replicaSet=rs0/)
    expect(compose.services.meilisearch?.environment?.MEILI_MASTER_KEY).toBeTruthy()
    const runners = Object.entries(compose.services).filter(([, s]) => s.environment?.JOBS_QUEUES)
    expect(runners.map(([name]) => name)).toEqual(['admin'])
  })

  it('should keep the media in MinIO (its own volume and key), not on a volume the nodes share', () => {
    for (const name of ['admin', 'site']) {
      const env = compose.services[name]?.environment ?? {}
      expect(env.S3_ENDPOINT, name).toBe('http://minio:9000')
      expect(env.S3_BUCKET, name).toBeTruthy()
      expect(env.S3_ACCESS_KEY_ID, name).toBe(compose.services.minio?.environment?.MINIO_ROOT_USER)
      expect(env.S3_SECRET_ACCESS_KEY, name).toBe(compose.services.minio?.environment?.MINIO_ROOT_PASSWORD)
      expect(
        (compose.services[name]?.volumes ?? []).filter((v) => v.includes('/media')),
        name,
      ).toEqual([])
    }
    expect(compose.services.site?.volumes ?? []).toEqual([])
    expect(compose.services.minio?.volumes).toEqual(['minio-data:/data'])
    expect(Object.keys(compose.volumes)).not.toContain('media')
    expect(compose.services.admin?.depends_on).toHaveProperty('minio-setup')
  })
})
