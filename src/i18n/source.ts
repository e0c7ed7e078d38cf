import type { SourceMessages } from '../model/source-messages.js';
import { sourceMessages as catalogue } from '../model/source-messages.js';
import type { Catalog } from './lang.js';

/** The YAML reader's messages, listed with the interface's other catalogues. */
export const sourceMessages: Catalog<SourceMessages> = catalogue;
