// `node --import ./test/bench/trace-register.mjs …` installs trace-loader.mjs.
import { register } from 'node:module';

register('./trace-loader.mjs', import.meta.url);
