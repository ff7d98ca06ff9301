import { MemoryStore } from '../../src/store/memoryStore.ts';
import { describeStore } from './storeContract.ts';

describeStore('memory', async (clock) => new MemoryStore({ now: clock.now }));
