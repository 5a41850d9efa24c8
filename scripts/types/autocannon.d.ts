/** autocannon ships no types and @types/autocannon is not installed: the benchmarks use it loosely. */
declare module 'autocannon' {
  namespace autocannon {
    type Options = Record<string, unknown>
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    type Result = any
  }
  function autocannon(options: autocannon.Options): Promise<autocannon.Result>
  export default autocannon
}
