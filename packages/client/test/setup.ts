import { TextDecoder, TextEncoder } from 'node:util';

// jsdom lacks these; Apollo Client and React use them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// jsdom does not scroll; the router scrolls to the top on navigation.
if (typeof window !== 'undefined') window.scrollTo = () => undefined;
