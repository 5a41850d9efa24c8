import { describe, expect, it } from 'vitest'
import { replicaSetProblem } from '../../../src/database/replica-set'

// Stubs of MongoDB's `hello` answer for each kind of server.
const standalone = { isWritablePrimary: true }
const member = { isWritablePrimary: true, setName: 'rs0' }
const mongos = { isWritablePrimary: true, msg: 'isdbgrid' }

describe('MongoDB without a replica set', () => {
  it('should refuse a standalone server and say how to make a replica set', () => {
    const problem = replicaSetProblem(standalone, undefined)
    expect(problem).toMatch(/standalone server, not a replica set/)
    expect(problem).toMatch(/needs transactions/)
    expect(problem).toMatch(/mongod --replSet rs0/)
    expect(problem).toMatch(/rs\.initiate/)
    expect(problem).toMatch(/\?replicaSet=rs0/)
  })

  it('should refuse a replica set member reached without naming the set (Payload would turn transactions off)', () => {
    expect(replicaSetProblem(member, undefined)).toMatch(/does not name it.*Add \?replicaSet=rs0 to DATABASE_URL/s)
  })

  it('should refuse a connection that names another set', () => {
    expect(replicaSetProblem(member, 'rs1')).toMatch(/names replica set "rs1", but the server belongs to "rs0"/)
  })

  it('should refuse a mongos router, on which Payload runs without transactions', () => {
    expect(replicaSetProblem(mongos, undefined)).toMatch(/sharded cluster router \(mongos\)/)
  })

  it('should accept a replica set member named in the address', () => {
    expect(replicaSetProblem(member, 'rs0')).toBeUndefined()
    expect(replicaSetProblem({ ...member, isWritablePrimary: false }, 'rs0')).toBeUndefined()
  })
})
