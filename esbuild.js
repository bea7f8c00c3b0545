// Bundles the CLI and the extension (with their runtime dependencies) into single files under dist/.
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

const builds = [
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js' },
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
];

async function main() {
  const fs = require('fs');
  const present = builds.filter((b) => fs.existsSync(b.entryPoints[0]));
  if (watch) {
    for (const b of present) await (await esbuild.context(b)).watch();
    return;
  }
  await Promise.all(present.map((b) => esbuild.build(b)));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
