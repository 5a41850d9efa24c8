/**
 * MongoDB only allows transactions on a replica set, and Payload uses them to keep a change and
 * its side effects (an enquiry and its delivery job, a product and its search sync) together.
 * On a standalone server — or when DATABASE_URL does not name the replica set, so the driver
 * connects as if to a standalone — Payload quietly runs without transactions, and a crash between
 * two writes leaves half a change. So the start stops instead, and says what to do.
 */

/** The part of MongoDB's `hello` answer that tells what kind of server this is. */
export type HelloAnswer = {
  /** Present when the server is a replica set member: the set's name. */
  readonly setName?: string
  /** `isdbgrid` on a mongos router (a sharded cluster). */
  readonly msg?: string
  readonly isWritablePrimary?: boolean
}

const HOWTO =
  'How to fix it: start mongod with a replica set name and initiate it once, even on one machine:\n' +
  '  mongod --replSet rs0 --bind_ip 127.0.0.1 --dbpath /var/lib/mongodb\n' +
  '  mongosh --eval \'rs.initiate({ _id: "rs0", members: [{ _id: 0, host: "127.0.0.1:27017" }] })\'\n' +
  'then name the set in DATABASE_URL, e.g. mongodb://user:pass@127.0.0.1:27017/tieubieu?replicaSet=rs0 (README: "Running it for real").'

/**
 * Why this connection cannot be used, or undefined when it can.
 * `clientReplicaSet` is the replica set the driver was told to use (from DATABASE_URL).
 */
export function replicaSetProblem(hello: HelloAnswer, clientReplicaSet: string | undefined): string | undefined {
  if (hello.msg === 'isdbgrid') {
    return (
      `MongoDB answers as a sharded cluster router (mongos). ` +
      `Payload runs transactions only on a connection to a replica set, so this deployment would run without them.\n${HOWTO}`
    )
  }
  if (!hello.setName) {
    return (
      `MongoDB is a standalone server, not a replica set. ` +
      `Payload needs transactions, which MongoDB allows only on a replica set; without one a failure between two writes would leave half a change.\n${HOWTO}`
    )
  }
  if (!clientReplicaSet) {
    return (
      `MongoDB is a member of replica set "${hello.setName}", but DATABASE_URL does not name it, ` +
      `so the driver connects as to a standalone server and Payload turns transactions off.\n` +
      `Add ?replicaSet=${hello.setName} to DATABASE_URL (or use a mongodb+srv:// address that provides it).`
    )
  }
  if (clientReplicaSet !== hello.setName) {
    return `DATABASE_URL names replica set "${clientReplicaSet}", but the server belongs to "${hello.setName}". Use ?replicaSet=${hello.setName}.`
  }
  return undefined
}

export class ReplicaSetError extends Error {
  override name = 'ReplicaSetError'
}
