// tsc does not copy declaration files: the generated API types go to dist/ beside the code that imports them.
import { cpSync } from 'node:fs';

cpSync('src/generated', 'dist/generated', { recursive: true });
