// Loaded with `node --import` before a compiled service starts: lets `@samvirke/<lib>` imports
// resolve to the compiled libraries in dist/, the same way tsconfig paths resolve them at build time.
import { register } from 'node:module';

register('./alias-hooks.mjs', import.meta.url);
