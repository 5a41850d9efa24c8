/**
 * The project runs on Node 24 (the `node` devDependency puts it first on PATH under npm scripts).
 * A tool started outside npm falls back to the system's Node silently, so say so loudly instead.
 */
export function requireNode24(): void {
  const major = Number(process.versions.node.split('.')[0])
  if (major < 24) {
    console.error(
      `Tiêu Biểu needs Node 24; this is Node ${process.versions.node}.\n` +
        'Run the commands through npm (npm start, npm test), which use the Node 24 that `npm install` put in node_modules.\n' +
        'If node_modules/.bin/node is missing, run `npm install` again (its install script fetches Node 24 from the npm registry).',
    )
    process.exit(1)
  }
}
