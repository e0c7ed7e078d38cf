import { afterAll } from 'vitest';
import { removeTempHomes, tempHome } from './cli.js';

// Runs before each test file. A test that builds its own Io and forgets KEFU_HOME would reach
// the platform data folder: point that at a temporary one too, before anything reads it.
const fallback = tempHome();
process.env.XDG_DATA_HOME = fallback;
process.env.XDG_CACHE_HOME = fallback;
process.env.LOCALAPPDATA = fallback;
process.env.HOME = fallback;
process.env.USERPROFILE = fallback;

afterAll(removeTempHomes);
