// Loads the TypeScript sources in a reading child the way bin/po-inbox.mjs does (tsx's ESM
// loader, source maps off), given to the child as `--import` so its entry can be a .ts file.
import { register } from 'tsx/esm/api';

register();
if (process.env.LOG_LEVEL !== 'debug') process.setSourceMapsEnabled(false);
