import { TextDecoder, TextEncoder } from 'node:util';

// jsdom lacks these; Apollo Client and React use them.
Object.assign(globalThis, { TextEncoder, TextDecoder });
