import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** Every language has exactly the English keys (the compiler checks it). */
export type Messages = Widen<typeof en>;
export type Language = 'en' | 'nl' | 'fr';

export const messages: Record<Language, Messages> = { en, nl, fr };
