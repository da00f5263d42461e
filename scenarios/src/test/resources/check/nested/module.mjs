/*---
description: top-level await in a module, and a helper from lib/ that is not a scenario itself
flags: [--unhandled-rejections=strict]
---*/
import { greet } from './lib/helper.mjs';
console.log(await Promise.resolve(greet('module')));
