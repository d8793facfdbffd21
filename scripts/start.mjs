// `npm start` (after `npm run build`): bundles the local preview into .build/ and runs it.

import { bundleForNode } from './bundle-for-node.mjs';

// Same process: the start-up time it prints counts from here, bundling included.
await import(await bundleForNode('preview/main.ts', '.build/preview/main.mjs'));
