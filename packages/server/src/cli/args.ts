/** `--name value` and `--name=value` pairs from the command line. */
export function parseArgs(argv: string[]): Record<string, string> {
  const args: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!match) {
      if (argv[i] === '--') continue;
      throw new Error(`Unexpected argument "${argv[i]}".`);
    }
    if (match[2] !== undefined) args[match[1]] = match[2];
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) args[match[1]] = argv[++i];
    else args[match[1]] = 'true';
  }
  return args;
}
