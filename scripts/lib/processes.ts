/** Small helpers for the command-line scripts: run a command, or keep servers running together. */
import { spawn, type ChildProcess } from 'node:child_process'

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env })
    child.on('error', reject)
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`))))
  })
}

/** Starts long-running servers; if one dies the others are stopped and the script exits with its code. */
export function supervise(servers: { name: string; command: string; args: string[]; env: NodeJS.ProcessEnv }[]): void {
  const children: ChildProcess[] = []
  let stopping = false
  const stopAll = (code: number) => {
    if (stopping) return
    stopping = true
    for (const child of children) child.kill('SIGTERM')
    setTimeout(() => process.exit(code), 3000).unref()
  }
  for (const server of servers) {
    const child = spawn(server.command, server.args, { stdio: 'inherit', env: server.env })
    child.on('exit', (code, signal) => {
      if (!stopping) console.error(`[${server.name}] stopped (${signal ?? `exit ${code}`}); stopping the others.`)
      stopAll(code ?? 1)
    })
    children.push(child)
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stopAll(0))
}
