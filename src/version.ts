import packageJson from '../package.json' with { type: 'json' };

/** The bot's version, from package.json (bundled into dist/ by esbuild). */
export const VERSION: string = packageJson.version;
