// The browser's copy of the order check: this file is bundled by scripts/build-assets.ts into
// check-script.generated.ts, served before the desk's script. The same TypeScript as the server's.
import { chargeSums, checkOrder, lineAmount } from '../../domain/check-order.ts';
import { fieldSureness, flagClass, inputFor, notesKey } from './field-flags.ts';

(globalThis as unknown as { poInbox: unknown }).poInbox = { checkOrder, lineAmount, chargeSums, flagClass, inputFor, notesKey, fieldSureness };
