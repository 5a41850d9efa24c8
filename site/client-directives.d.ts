// The site's own client directive (site/directives/intent.js, registered in astro.config.mjs).
declare module 'astro' {
  interface AstroClientDirectives {
    /** Fetch the island when idle, hydrate it when the visitor reaches for it. */
    'client:intent'?: boolean
  }
}
export {}
