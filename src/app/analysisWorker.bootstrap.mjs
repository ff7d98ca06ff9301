// Entry of the analysis worker when the bot runs from its TypeScript sources (not the dist/ bundle): a worker
// thread does not inherit the main thread's tsx loader, so it registers its own before loading the body.
import { register } from 'tsx/esm/api';

register();
await import('./analysisWorker.ts');
