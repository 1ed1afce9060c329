/**
 * Bench scripts that run as production would run `npm run build` output are bundled with esbuild
 * (it comes with tsx); packages stay external and resolve from node_modules.
 */
export async function bundleScript(entry: string, outfile: string): Promise<string> {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  return outfile;
}
