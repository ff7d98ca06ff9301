#!/usr/bin/env node
// `npm run dev [-- ARGS]`: the `isf` command on the TypeScript sources through tsx, no build needed
// (slower to start than bin/isf.js). Without arguments it starts the bot, as `npm start` does.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const args = process.argv.slice(2);
process.exitCode = await main(args.length > 0 ? args : ['start']);
